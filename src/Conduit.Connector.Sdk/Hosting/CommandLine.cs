using Conduit.Connector.Sdk.Runtime;

namespace Conduit.Connector.Sdk.Hosting;

/// <summary>
/// The command-line words a connector binary answers before anything else (as the Go SDK's do): <c>spec</c>
/// (and <c>specs</c>, <c>specification</c>, <c>specifications</c>), <c>version</c> and <c>help</c>. These are the
/// only outputs that may go to stdout besides the handshake line.
/// </summary>
internal static class CommandLine
{
    /// <summary>Answers the first argument, or returns <see langword="null"/> when there is none (plugin mode).</summary>
    /// <returns>The exit code, or <see langword="null"/> to serve.</returns>
    public static int? TryRun(string[] args, Connector connector, string programName, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args.Length == 0)
        {
            return null;
        }

        var word = args[0];
        switch (word)
        {
            case "spec" or "specs" or "specification" or "specifications":
                var instances = new ConnectorInstances(connector);
                SpecificationYamlWriter.Write(stdout, instances.Specification, instances.SourceParameters, instances.DestinationParameters);
                stdout.Flush();
                return 0;
            case "version":
                stdout.Write(connector.Specification.Version);
                stdout.Write('\n');
                stdout.Flush();
                return 0;
            case "help" or "--help" or "-h":
                WriteHelp(stdout, connector, programName);
                stdout.Flush();
                return 0;
            default:
                stderr.Write($"unknown command: {word}\n");
                stderr.Flush();
                return 1;
        }
    }

    private static void WriteHelp(TextWriter writer, Connector connector, string programName)
    {
        var specification = connector.Specification;
        var roles = (connector.Source is not null, connector.Destination is not null) switch
        {
            (true, true) => "a source and a destination",
            (true, false) => "a source",
            (false, true) => "a destination",
            _ => "no source or destination yet",
        };
        writer.Write(
            $"""
            {specification.Name} {specification.Version}
            {specification.Summary}

            This program is a Conduit connector plugin ({roles}). Conduit runs it as a child process and
            talks to it over gRPC (hashicorp/go-plugin, connector protocol v2); it is not meant to be started
            by hand. To use it, copy this one file into Conduit's connectors directory and refer to it in a
            pipeline as standalone:{specification.Name}.

            Usage: {programName} [command]

            Commands:
              spec       print the specification (name, version, parameters) as connector.yaml and exit
              version    print the connector version and exit
              help       print this help and exit (also --help, -h)
            """);
        writer.Write('\n');
    }
}
