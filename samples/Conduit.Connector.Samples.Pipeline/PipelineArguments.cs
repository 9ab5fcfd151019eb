using System.Globalization;
using Conduit.Connector.Sdk.Testing;

namespace Conduit.Connector.Samples.Pipeline;

/// <summary>The few options of the pipeline command.</summary>
internal sealed record PipelineArguments(long Records, int PayloadSize, string Format, string OutputPath, ConnectorNetwork Network)
{
    public static bool TryParse(string[] args, out PipelineArguments arguments, out string error)
    {
        arguments = new PipelineArguments(100_000, 1024, "raw", Path.Combine("artifacts", "pipeline", "records.jsonl"), ConnectorNetwork.Unix);
        error = string.Empty;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Length)
            {
                error = $"{name} needs a value";
                return false;
            }

            var value = args[++i];
            switch (name)
            {
                case "--records" when long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var records) && records > 0:
                    arguments = arguments with { Records = records };
                    break;
                case "--payload-size" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var size):
                    arguments = arguments with { PayloadSize = size };
                    break;
                case "--format" when value is "raw" or "structured":
                    arguments = arguments with { Format = value };
                    break;
                case "--out":
                    arguments = arguments with { OutputPath = value };
                    break;
                case "--network" when value is "unix" or "tcp":
                    arguments = arguments with { Network = value == "tcp" ? ConnectorNetwork.Tcp : ConnectorNetwork.Unix };
                    break;
                default:
                    error = $"invalid option {name} {value}";
                    return false;
            }
        }

        return true;
    }
}
