package org.storyline.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.core.Pipeline;
import org.storyline.core.RunListener;
import org.storyline.core.RunReport;
import org.storyline.core.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storyline extract PATH...}: each input's articles, cleanly extracted, then a summary of the run. */
@Command(name = "extract",
        description = {"Extracts clean articles from news files and folders.",
                "Reads .txt, .html/.htm, .json, .jsonl, .warc/.warc.gz, RSS and Atom feeds, and .gz of any of them."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was extracted", "1:usage error", "2:some inputs failed (listed at the end)"})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (folders are read in name order)")
    private List<Path> paths;

    @Option(names = "--format", paramLabel = "text|jsonl", defaultValue = "text",
            description = "text (readable) or jsonl (one Article a line); default: ${DEFAULT-VALUE}")
    private OutputFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "write the articles to FILE instead of standard output")
    private Path out;

    private final Pipeline pipeline;
    private final boolean console;

    ExtractCommand(Pipeline pipeline, boolean console) {
        this.pipeline = pipeline;
        this.console = console;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter articles;
        try {
            articles = out == null ? spec.commandLine().getOut()
                    : new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("storyline: cannot write --out " + out + ": " + e.getMessage());
            return StorylineCli.USAGE;
        }
        ProgressBar progress = new ProgressBar(err, console);
        RunReport report = pipeline.extract(paths, new RunListener() {
            @Override
            public void article(Article article) {
                articles.print(format == OutputFormat.JSONL ? ArticleJson.line(article) + "\n" : ArticleText.render(article));
            }

            @Override
            public void progress(int done, int total) {
                progress.update(done, total);
            }
        });
        if (out == null) {
            articles.flush();
        } else {
            articles.close();
        }
        boolean written = !articles.checkError();
        progress.finish();
        RunSummary.print(report, err);
        if (!written) {
            err.println("storyline: writing the articles failed (disk full, or the output closed)");
            return StorylineCli.SOME_FAILED;
        }
        return report.allSucceeded() ? StorylineCli.OK : StorylineCli.SOME_FAILED;
    }
}
