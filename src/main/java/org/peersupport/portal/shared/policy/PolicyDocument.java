package org.peersupport.portal.shared.policy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A policy file read as plain YAML, and typed access to its values that
 * fails with the file name, the line and what was expected. A path is the list of keys and list
 * indexes that lead to a value; the line is found only when there is an error to report, by
 * composing the file again (the plain load keeps no line numbers).
 */
public final class PolicyDocument {

    private final String file;
    private final byte[] source;
    private final Map<String, Object> root;

    private PolicyDocument(String file, byte[] source, Map<String, Object> root) {
        this.file = file;
        this.source = source;
        this.root = root;
    }

    public static PolicyDocument parse(String file, byte[] source) {
        try {
            return new PolicyDocument(file, source, load(source));
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
            String reason = e.getContext() == null ? e.getProblem() : e.getContext() + ": " + e.getProblem();
            throw new PolicyFileException(file, line, "not valid YAML (" + reason + ")", e);
        } catch (YamlEngineException e) {
            throw new PolicyFileException(file, 0, "not valid YAML (" + e.getMessage() + ")", e);
        } catch (IllegalArgumentException e) {
            throw new PolicyFileException(file, 1, "the file must be a mapping of sections (key: value)", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(byte[] source) {
        Object document = new Load(LoadSettings.builder().build()).loadFromInputStream(new ByteArrayInputStream(source));
        if (!(document instanceof Map)) {
            throw new IllegalArgumentException("A policy file must hold a mapping");
        }
        return (Map<String, Object>) document;
    }

    public String file() {
        return file;
    }

    public Map<String, Object> root() {
        return root;
    }

    public static List<Object> at(List<Object> path, Object step) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(step);
        return longer;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> mapping(Object value, List<Object> path, Set<String> allowedKeys) {
        if (!(value instanceof Map)) {
            throw error(path, "expected a mapping (key: value) at " + name(path));
        }
        Map<String, Object> map = new LinkedHashMap<>();
        ((Map<Object, Object>) value).forEach((k, v) -> map.put(String.valueOf(k), v));
        if (allowedKeys != null) {
            for (String key : map.keySet()) {
                if (!allowedKeys.contains(key)) {
                    throw error(at(path, key), "unknown key '" + key + "' (expected one of " + allowedKeys + ")");
                }
            }
        }
        return map;
    }

    /** A mapping from language codes ("en", "es") to values. */
    public Map<String, Object> byLanguage(Object value, List<Object> path) {
        Map<String, Object> map = mapping(value, path, null);
        for (String language : map.keySet()) {
            if (!language.matches("[a-z]{2}")) {
                throw error(at(path, language), "'" + language + "' is not a two-letter language code (en, es)");
            }
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    public List<Object> list(Object value, List<Object> path) {
        if (!(value instanceof List)) {
            throw error(path, "expected a list at " + name(path));
        }
        return (List<Object>) value;
    }

    public String text(Object value, List<Object> path) {
        if (!(value instanceof String s) || s.isBlank()) {
            throw error(path, "expected text at " + name(path) + (value == null ? ", found nothing" : ", found " + value));
        }
        return s.strip();
    }

    public int integer(Object value, List<Object> path, int min, int max) {
        if (!(value instanceof Integer i) || i < min || i > max) {
            throw error(path, "expected a whole number from " + min + " to " + max + " at " + name(path)
                    + ", found " + value);
        }
        return i;
    }

    /** A number such as 2 or 1.5, within bounds. */
    public double number(Object value, List<Object> path, double min, double max) {
        if (!(value instanceof Integer || value instanceof Double) || ((Number) value).doubleValue() < min
                || ((Number) value).doubleValue() > max) {
            throw error(path, "expected a number from " + min + " to " + max + " at " + name(path) + ", found " + value);
        }
        return ((Number) value).doubleValue();
    }

    public boolean yesNo(Object value, List<Object> path) {
        if (!(value instanceof Boolean b)) {
            throw error(path, "expected true or false at " + name(path) + ", found " + value);
        }
        return b;
    }

    public Object required(Map<String, Object> map, String key, List<Object> path) {
        Object value = map.get(key);
        if (value == null) {
            throw error(path, "'" + key + "' is missing at " + name(path));
        }
        return value;
    }

    public PolicyFileException error(List<Object> path, String reason) {
        return new PolicyFileException(file, lineOf(path), reason, null);
    }

    public PolicyFileException error(List<Object> path, String reason, Throwable cause) {
        return new PolicyFileException(file, lineOf(path), reason, cause);
    }

    private static String name(List<Object> path) {
        if (path.isEmpty()) {
            return "the top of the file";
        }
        StringBuilder name = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer i) {
                name.append('[').append(i + 1).append(']');
            } else {
                name.append(name.length() == 0 ? "" : ".").append(step);
            }
        }
        return name.toString();
    }

    /** The 1-based line of the deepest node on the path that exists (a mapping key's own line). */
    private int lineOf(List<Object> path) {
        try {
            Node node = new Compose(LoadSettings.builder().build())
                    .composeInputStream(new ByteArrayInputStream(source)).orElse(null);
            int line = node == null ? 0 : line(node);
            for (Object step : path) {
                Node next = null;
                if (node instanceof MappingNode mapping) {
                    for (NodeTuple tuple : mapping.getValue()) {
                        if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(String.valueOf(step))) {
                            next = tuple.getValueNode();
                            line = line(key);
                        }
                    }
                } else if (node instanceof SequenceNode sequence && step instanceof Integer i
                        && i < sequence.getValue().size()) {
                    next = sequence.getValue().get(i);
                    line = line(next);
                }
                if (next == null) {
                    break;
                }
                node = next;
            }
            return line;
        } catch (RuntimeException e) {
            return 0; // the file read before; never hide the real reason behind a second failure
        }
    }

    private static int line(Node node) {
        return node.getStartMark().map(Mark::getLine).map(l -> l + 1).orElse(0);
    }
}
