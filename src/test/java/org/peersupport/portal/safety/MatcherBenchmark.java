package org.peersupport.portal.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.peersupport.portal.safety.Screening.Decision;
import org.peersupport.portal.shared.policy.PolicySource;

/**
 * How fast the safety screen is with every layer on (watched words, crisis phrases, and the
 * semantic layer's sentence model), on the thread that calls it: the reviewed policy files (from
 * the class path), the model's start-up time and the heap after loading, a warm-up, then the
 * latency per text, p50 and p99, for single chat lines (the labelled examples and everyday
 * sentences) and for posts of about 100 words (everyday sentences with one in ten a labelled
 * example, half of them crisis language); and the phrase layers alone for comparison. Run by
 * bench/matcher.sh on one core; not a test. Exits 1 when a 100-word post's p99 exceeds
 * {@value #POST_P99_LIMIT_MS} ms or the screen escalates or publishes nothing.
 * Arguments: [chat lines (3000)] [posts (1500)].
 */
public final class MatcherBenchmark {

    static final double POST_P99_LIMIT_MS = 5.0;

    private static final String[] EVERYDAY = {
        "Today I went for a short walk before the rain started.",
        "My therapist suggested keeping a mood diary, has anyone tried that?",
        "The group on Thursday was smaller than usual but really warm.",
        "I slept badly again, the new medication makes me restless at night.",
        "Thank you all for the kind replies yesterday, it meant a lot.",
        "Hoy fui a la reunión del grupo y me sentí escuchada.",
        "¿Alguien tiene consejos para la ansiedad antes de dormir?",
        "Mi psicóloga me recomendó escribir lo que siento cada noche.",
        "We made soup together and talked about the week, nothing special, and that was nice.",
        "It's been a hard month at work, but breathing exercises help a bit.",
        "Estoy intentando salir más a caminar, aunque me cuesta mucho.",
        "Does anyone else find Sunday evenings the hardest part of the week?",
    };

    private MatcherBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int chatCount = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        int postCount = args.length > 1 ? Integer.parseInt(args[1]) : 1_500;

        String rssBefore = residentMemory();
        long loadStart = System.nanoTime();
        SafetyScreen screen = SafetyPolicyFiles.fromClassPath();
        double loadMillis = (System.nanoTime() - loadStart) / 1e6;
        double modelMillis = SentenceEncoder.loadMillis();
        long heapBytes = usedHeapAfterGc();
        SafetyScreen phrasesOnly = SafetyPolicyFiles.read(SafetyPolicyFiles.WATCHED_WORDS,
                PolicySource.packaged().read(SafetyPolicyFiles.WATCHED_WORDS), SafetyPolicyFiles.CRISIS_LANGUAGE,
                PolicySource.packaged().read(SafetyPolicyFiles.CRISIS_LANGUAGE));

        List<String> sentences = new ArrayList<>(CrisisDetectionQualityTest.examples().stream()
                .map(CrisisDetectionQualityTest.Example::text).toList());
        List<String> examples = List.copyOf(sentences);
        sentences.addAll(List.of(EVERYDAY));
        Random random = new Random(42);
        String[] chat = new String[chatCount];
        for (int i = 0; i < chat.length; i++) {
            chat[i] = sentences.get(random.nextInt(sentences.size()));
        }
        String[] posts = new String[postCount];
        long postWords = 0;
        for (int i = 0; i < posts.length; i++) {
            posts[i] = longPost(random, examples);
            postWords += posts[i].split("\\s+").length;
        }
        System.out.printf(Locale.ROOT, "Safety screen benchmark, every layer on: %s, Java %s, %d core(s) visible%n",
                System.getProperty("os.arch"), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "policy files read, model loaded and %d prototypes embedded in %.0f ms"
                + " (model alone %.0f ms); heap after loading %.1f MB; resident memory %s before, %s after%n",
                SafetyPolicyFiles.read(PolicySource.packaged()).figures().get(SafetyPolicyFiles.CRISIS_PROTOTYPES).stream()
                        .mapToInt(f -> f.value().intValue()).sum(), loadMillis, modelMillis, heapBytes / 1e6, rssBefore,
                residentMemory());
        System.out.printf(Locale.ROOT, "%d chat lines, %d posts of %.0f words on average%n", chat.length, posts.length,
                postWords / (double) posts.length);

        run(screen, chat); // warm-up: the JIT, and ONNX Runtime's first runs
        run(screen, posts);
        double[] chatAll = latencies(screen, chat);
        double[] postAll = latencies(screen, posts);
        run(phrasesOnly, chat);
        run(phrasesOnly, posts);
        double[] chatPhrases = latencies(phrasesOnly, chat);
        double[] postPhrases = latencies(phrasesOnly, posts);
        Map<Decision, Integer> chatDecisions = run(screen, chat);
        System.out.println("decisions over the chat lines: " + chatDecisions);
        // ONNX Runtime's buffers for every length of sentence seen so far are in here too.
        System.out.println("resident memory after screening: " + residentMemory());

        boolean screens = chatDecisions.getOrDefault(Decision.ESCALATE, 0) > 0
                && chatDecisions.getOrDefault(Decision.PUBLISH, 0) > 0;
        double postP99 = percentile(postAll, 99);
        System.out.printf(Locale.ROOT, "%n| texts | layers | n | p50 ms | p99 ms | mean ms |%n|---|---|---|---|---|---|%n");
        row("chat line", "all", chatAll);
        row("100-word post", "all", postAll);
        row("chat line", "phrases only", chatPhrases);
        row("100-word post", "phrases only", postPhrases);
        System.out.printf(Locale.ROOT, "%n| start-up ms (files + model + prototypes) | model load ms | heap after loading MB |%n"
                + "|---|---|---|%n| %.0f | %.0f | %.1f |%n", loadMillis, modelMillis, heapBytes / 1e6);
        boolean fast = postP99 <= POST_P99_LIMIT_MS;
        System.out.println(fast ? String.format(Locale.ROOT, "PASS: p99 for a 100-word post %.2f ms <= %.1f ms", postP99,
                POST_P99_LIMIT_MS) : String.format(Locale.ROOT, "FAIL: p99 for a 100-word post %.2f ms > %.1f ms", postP99,
                POST_P99_LIMIT_MS));
        System.out.println(screens ? "PASS: the screen escalated and published" : "FAIL: the screen escalated or published nothing");
        System.exit(fast && screens ? 0 : 1);
    }

    private static void row(String texts, String layers, double[] millis) {
        System.out.printf(Locale.ROOT, "| %s | %s | %d | %.3f | %.3f | %.3f |%n", texts, layers, millis.length,
                percentile(millis, 50), percentile(millis, 99), Arrays.stream(millis).average().orElse(0));
    }

    /** Milliseconds per text, sorted. */
    private static double[] latencies(SafetyScreen screen, String[] texts) {
        double[] millis = new double[texts.length];
        for (int i = 0; i < texts.length; i++) {
            long start = System.nanoTime();
            screen.screen(texts[i]);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** VmRSS of this process (heap, ONNX Runtime's native memory and the rest), where Linux tells it. */
    private static String residentMemory() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> l.substring(6).strip()).findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static Map<Decision, Integer> run(SafetyScreen screen, String[] texts) {
        Map<Decision, Integer> decisions = new EnumMap<>(Decision.class);
        for (String text : texts) {
            decisions.merge(screen.screen(text).decision(), 1, Integer::sum);
        }
        return decisions;
    }

    /** About 100 words: everyday sentences, and one in ten a labelled example (half of them crisis). */
    private static String longPost(Random random, List<String> sentences) {
        StringBuilder post = new StringBuilder();
        int words = 0;
        while (words < 100) {
            String sentence = random.nextInt(10) == 0 ? sentences.get(random.nextInt(sentences.size()))
                    : EVERYDAY[random.nextInt(EVERYDAY.length)];
            post.append(post.length() == 0 ? "" : " ").append(sentence);
            words += sentence.split("\\s+").length;
        }
        return post.toString();
    }
}
