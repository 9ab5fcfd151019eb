using System.Globalization;

namespace Conduit.Connector.Sdk.TestConnector;

/// <summary>
/// The source's configuration, written by hand (the configuration source generator does this for
/// real connectors).
/// </summary>
internal sealed class TestSourceConfiguration : IConnectorConfiguration<TestSourceConfiguration>
{
    public static IReadOnlyList<ParameterSpecification> Parameters { get; } =
    [
        new("prefix", ParameterType.String) { Description = "Prefix of the record positions.", Default = "record" },
        new("count", ParameterType.Int)
        {
            Description = "How many records the source emits.",
            Default = "3",
            Validations = [new ParameterValidation(ValidationType.GreaterThan, "-1")],
        },
    ];

    public string Prefix { get; private init; } = "record";

    public int Count { get; private init; } = 3;

    public static TestSourceConfiguration Read(ConfigurationReader reader) => new()
    {
        Prefix = reader.Values.TryGetValue("prefix", out var prefix) && prefix.Length > 0 ? prefix : "record",
        Count = reader.Values.TryGetValue("count", out var count) && int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 3,
    };
}
