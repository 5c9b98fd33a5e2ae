package org.peersupport.portal.safety;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.peersupport.portal.safety.Screening.Decision;

/**
 * How fast the safety screen is, on one thread: the reviewed policy files (from the class path),
 * a warm-up, then about 200,000 texts of forum lengths: 70 % single sentences from the labelled
 * examples (half of them crisis language, so negation and idioms are exercised, not just the clean
 * path) and 30 % posts of about 100 words of everyday sentences mixed with examples. Run by
 * bench/matcher.sh; not a test.
 * Arguments: [texts] [rounds].
 */
public final class MatcherBenchmark {

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
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;

        long loadStart = System.nanoTime();
        SafetyScreen screen = SafetyPolicyFiles.fromClassPath();
        double loadMillis = (System.nanoTime() - loadStart) / 1e6;

        List<String> sentences = CrisisDetectionQualityTest.examples().stream()
                .map(CrisisDetectionQualityTest.Example::text).toList();
        Random random = new Random(42);
        List<String> longPosts = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            longPosts.add(longPost(random, sentences));
        }
        String[] texts = new String[count];
        long words = 0;
        int longCount = 0;
        for (int i = 0; i < count; i++) {
            boolean isLong = random.nextInt(10) < 3; // 30 % long posts, 70 % single sentences
            texts[i] = isLong ? longPosts.get(random.nextInt(longPosts.size()))
                    : sentences.get(random.nextInt(sentences.size()));
            longCount += isLong ? 1 : 0;
            words += texts[i].split("\\s+").length;
        }
        System.out.printf(Locale.ROOT, "Safety screen benchmark: %s, Java %s, %d cores%n",
                System.getProperty("os.arch"), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "policy files read and compiled in %.1f ms%n", loadMillis);
        System.out.printf(Locale.ROOT, "%d texts: %d sentences, %d posts of ~100 words; %.1f words per text on average%n",
                count, count - longCount, longCount, words / (double) count);

        Map<Decision, Integer> decisions = run(screen, texts); // warm-up: let the JIT compile the hot paths
        for (int i = 0; i < 3; i++) {
            run(screen, texts);
        }
        System.out.println("decisions per round: " + decisions);

        double best = Double.MAX_VALUE;
        double total = 0;
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            run(screen, texts);
            double seconds = (System.nanoTime() - start) / 1e9;
            best = Math.min(best, seconds);
            total += seconds;
            System.out.printf(Locale.ROOT, "round %d: %,.0f texts/s, %.2f µs/text%n", round, count / seconds,
                    seconds * 1e6 / count);
        }
        double mean = total / rounds;
        System.out.printf(Locale.ROOT, "mean of %d rounds: %,.0f texts/s, %.2f µs/text (best round %,.0f texts/s)%n",
                rounds, count / mean, mean * 1e6 / count, count / best);

        double[] perText = new double[2];
        for (boolean isLong : new boolean[] {false, true}) {
            String[] only = new String[20_000];
            for (int i = 0; i < only.length; i++) {
                only[i] = isLong ? longPosts.get(i % longPosts.size()) : sentences.get(i % sentences.size());
            }
            run(screen, only);
            long start = System.nanoTime();
            run(screen, only);
            double seconds = (System.nanoTime() - start) / 1e9;
            perText[isLong ? 1 : 0] = seconds * 1e6 / only.length;
            System.out.printf(Locale.ROOT, "  %s: %.2f µs/text%n", isLong ? "posts of ~100 words" : "single sentences",
                    perText[isLong ? 1 : 0]);
        }
        // The check: half the sentences are crisis language and the rest mostly everyday text, so a
        // screen that escalates nothing or publishes nothing is broken, however fast it is.
        boolean screens = decisions.getOrDefault(Decision.ESCALATE, 0) > 0 && decisions.getOrDefault(Decision.PUBLISH, 0) > 0;
        System.out.printf(Locale.ROOT, "%n| texts | rounds | mean texts/s | mean µs/text | best texts/s | sentence µs | post µs"
                + " | escalated | published |%n|---|---|---|---|---|---|---|---|---|%n");
        System.out.printf(Locale.ROOT, "| %d | %d | %.0f | %.2f | %.0f | %.2f | %.2f | %d | %d |%n", count, rounds, count / mean,
                mean * 1e6 / count, count / best, perText[0], perText[1], decisions.getOrDefault(Decision.ESCALATE, 0),
                decisions.getOrDefault(Decision.PUBLISH, 0));
        System.out.println(screens ? "PASS: the screen escalated and published" : "FAIL: the screen escalated or published nothing");
        System.exit(screens ? 0 : 1);
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
