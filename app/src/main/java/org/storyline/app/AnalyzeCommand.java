package org.storyline.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * {@code storyline analyze PATH...}: reads, extracts, analyses and groups the articles into events and
 * storylines, and shows each storyline with its events, each event across its outlets.
 */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        description = {"Groups news articles into events and storylines and shows each across its outlets.",
                "An event is one happening; a storyline chains the events that continue one another over weeks.",
                "For each event: a summary with sources, who said what, what several outlets corroborate,",
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
            for (int i = 0; i < result.storylines().size(); i++) {
                StorylineText.print(i + 1, result.storylines().get(i), out);
            }
        }
        out.flush();
        written &= !out.checkError();
        written &= write(json, () -> json(result, problems), err);
        written &= write(html, () -> StoryPage.render(result.storylines(), result.analysed(), problems), err);
        RunSummary.print(result.extraction(), err);
        int events = result.stories().size();
        int storylines = result.storylines().size();
        err.printf("storyline: analysed %d article%s into %d event%s in %d storyline%s%s%n", result.analysed(),
                result.analysed() == 1 ? "" : "s", events, events == 1 ? "" : "s", storylines, storylines == 1 ? "" : "s",
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

    /**
     * The run as JSON: storylines, each with its events' full views (articles inside), in the order the
     * text shows them; then the notes and problems.
     */
    static String json(StoryRun.Result result, List<Problem> problems) {
        var mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        var model = mapper.createObjectNode();
        model.put("articles", result.analysed());
        var storylines = model.putArray("storylines");
        for (var storyline : result.storylines()) {
            var node = (ObjectNode) mapper.valueToTree(storyline.view());
            node.set("events", mapper.valueToTree(storyline.events()));
            storylines.add(node);
        }
        model.set("notes", mapper.valueToTree(result.notes()));
        model.set("problems", mapper.valueToTree(problems));
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(model);
        } catch (IOException e) {
            throw new IllegalStateException("story model does not serialise", e);
        }
    }
}
