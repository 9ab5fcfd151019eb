using System.Globalization;

namespace Conduit.Connector.Sdk.Runtime;

/// <summary>
/// The most records the source send loop puts in one Run message when <c>sdk.batch.*</c> are not set. Normally
/// the runtime batches whatever is buffered, up to <see cref="Default"/> records. The benchmark in
/// <c>perf/throughput</c> forces a smaller limit through the undocumented-for-authors variable
/// <see cref="VariableName"/> (see docs/performance.md, "Throughput"), which <c>Hosting/EnvironmentReader</c>
/// reads into <see cref="RuntimeTimeouts.MaxSourceBatch"/>; an invalid value is ignored.
/// </summary>
internal static class SourceBatchLimit
{
    /// <summary>
    /// 1 000 records: messages of ~10 000 records (≈ 11 MB at 1 KiB) measured at well under half the
    /// throughput of 1 000-record messages, which already amortize the per-message cost.
    /// </summary>
    public const int Default = 1_000;

    public const int Maximum = 10_000;

    public const string VariableName = "CONDUIT_DOTNET_SDK_MAX_SOURCE_BATCH";

    /// <summary>Reads a limit: a whole number from 1 to <see cref="Maximum"/>, else <see cref="Default"/>.</summary>
    public static int Parse(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is > 0 and <= Maximum
            ? limit
            : Default;
}
