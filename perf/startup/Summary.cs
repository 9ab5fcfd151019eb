using System.Globalization;

namespace Conduit.Connector.Sdk.StartupBenchmark;

/// <summary>Formats a series as median / min / max.</summary>
internal static class Summary
{
    public static string Of(List<double> values, string format)
    {
        values.Sort();
        var median = values.Count % 2 == 1
            ? values[values.Count / 2]
            : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
        return string.Create(CultureInfo.InvariantCulture, $"{median.ToString(format, CultureInfo.InvariantCulture)} / {values[0].ToString(format, CultureInfo.InvariantCulture)} / {values[^1].ToString(format, CultureInfo.InvariantCulture)}");
    }
}
