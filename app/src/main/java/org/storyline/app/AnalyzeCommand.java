package org.storyline.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.storyline.core.StoryRun;
import org.storyline.core.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code storyline analyze PATH...}: reads, extracts, analyses and groups the articles into stories, and
 * shows each story across its outlets.
 */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        description = {"Groups news articles into stories and shows each across its outlets.",
                "For each story: a summary with sources, who said what, what several outlets corroborate,",
                "where they conflict, and what one outlet alone reports."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was analysed", "1:usage error", "2:some inputs failed (listed at the end)"})
final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (folders are read in name order)")
    private List<Path> paths;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "what standard output shows: text (readable) or json (the full model); default: ${DEFAULT-VALUE}")
    private StoryFormat format;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the full model as JSON to FILE")
    private Path json;

    @Option(names = "--html", paramLabel = "FILE", description = "also write a self-contained HTML report page to FILE")
    private Path html;

    private final Supplier<StoryRun> runs;
    private final boolean console;

    AnalyzeCommand(Supplier<StoryRun> runs, boolean console) {
        this.runs = runs;
        this.console = console;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var progress = new PhaseProgress(err, console);
        var problems = new ArrayList<Problem>();
        var result = runs.get().run(paths, new StoryRun.Listener() {
            @Override
            public void progress(String phase, int done, int total) {
                progress.update(phase, done, total);
            }

            @Override
            public void problem(Problem problem) {
                problems.add(problem);
            }
        });
        progress.finish();
        boolean written = true;
        if (format == StoryFormat.JSON) {
            out.println(json(result, problems));
        } else {
            for (int i = 0; i < result.stories().size(); i++) {
                StoryText.print(i + 1, result.stories().get(i), out);
            }
        }
        out.flush();
        written &= !out.checkError();
        written &= write(json, () -> json(result, problems), err);
        written &= write(html, () -> StoryPage.render(result.stories(), result.analysed(), problems), err);
        RunSummary.print(result.extraction(), err);
        err.printf("storyline: analysed %d article%s into %d stor%s%s%n", result.analysed(), result.analysed() == 1 ? "" : "s",
                result.stories().size(), result.stories().size() == 1 ? "y" : "ies",
                result.problems().isEmpty() ? "" : "; analysis failed for " + result.problems().size());
        result.notes().forEach(p -> err.println("  note: " + p));
        result.problems().forEach(p -> err.println("  failed: " + p));
        err.flush();
        return result.allSucceeded() && written ? StorylineCli.OK : StorylineCli.SOME_FAILED;
    }

    private static boolean write(Path file, Supplier<String> content, PrintWriter err) {
        if (file == null) {
            return true;
        }
        try {
            Files.writeString(file, content.get(), StandardCharsets.UTF_8);
            err.println("storyline: wrote " + file);
            return true;
        } catch (IOException e) {
            err.println("storyline: cannot write " + file + ": " + e.getMessage());
            return false;
        }
    }

    private static String json(StoryRun.Result result, List<Problem> problems) {
        var model = new LinkedHashMap<String, Object>();
        model.put("articles", result.analysed());
        model.put("stories", result.stories());
        model.put("notes", result.notes());
        model.put("problems", problems);
        try {
            return new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .writerWithDefaultPrettyPrinter().writeValueAsString(model);
        } catch (IOException e) {
            throw new IllegalStateException("story model does not serialise", e);
        }
    }
}
