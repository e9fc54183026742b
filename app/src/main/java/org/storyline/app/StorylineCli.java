package org.storyline.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.storyline.core.AnalysisSettings;
import org.storyline.core.ArticleAnalyzer;
import org.storyline.core.Pipeline;
import org.storyline.core.StoryGroups;
import org.storyline.core.StoryRun;
import org.storyline.core.nlp.CoreNlpAnnotator;
import org.storyline.core.story.StoryAssembler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code storyline} command: one subcommand per job. */
@Command(name = "storyline",
        mixinStandardHelpOptions = true,
        version = "storyline 0.1.0",
        description = "Turns news articles from many outlets into stories.",
        subcommands = {IngestCommand.class, WatchCommand.class, ImportCommand.class, ServeCommand.class, ExportCommand.class, CommandLine.HelpCommand.class})
public final class StorylineCli {

    /** Exit code when every input was processed. */
    public static final int OK = 0;
    /** Exit code on a usage error. */
    public static final int USAGE = 1;
    /** Exit code when some inputs failed and the rest were processed. */
    public static final int SOME_FAILED = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; never exits the JVM. */
    public static int run(String... args) {
        CommandLine cli = commandLine(Pipeline.standard(), ProgressBar.stderrIsConsole());
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return cli.execute(args);
    }

    /** The command line with every subcommand, running {@code pipeline}. */
    static CommandLine commandLine(Pipeline pipeline, boolean console) {
        return commandLine(pipeline, console, settings -> new ArticleAnalyzer(new CoreNlpAnnotator(), settings));
    }

    /** The same, with the analyzer made by {@code analyzers} (tests share one loaded annotator). */
    static CommandLine commandLine(Pipeline pipeline, boolean console,
                                   Function<AnalysisSettings, ArticleAnalyzer> analyzers) {
        return new CommandLine(new StorylineCli())
                .addSubcommand(new ExtractCommand(pipeline, console))
                .addSubcommand(new AnalyzeArticleCommand(pipeline, analyzers))
                .addSubcommand(new AnalyzeCommand(
                        () -> new StoryRun(pipeline, analyzers.apply(AnalysisSettings.defaults()), new StoryGroups(),
                                new StoryAssembler()::assemble), console))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExitCodeExceptionMapper(e -> USAGE)
                .setParameterExceptionHandler((e, a) -> {
                    e.getCommandLine().getErr().println(e.getMessage());
                    e.getCommandLine().usage(e.getCommandLine().getErr());
                    return USAGE;
                })
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    // a bug, not bad input (inputs fail as problems in the report): one line, not a stack trace
                    cmd.getErr().println("storyline: internal error: " + e);
                    return USAGE;
                });
    }
}
