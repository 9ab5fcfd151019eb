namespace Conduit.Connector.Sdk.Tests.Formats.Template;

/// <summary>A record shaped like one that arrived from Conduit (numbers are doubles, nested maps are dictionaries).</summary>
internal static class TemplateFixture
{
    public static Record Record()
    {
        var record = new Record
        {
            Position = Position.FromString("pos-1"),
            Operation = Operation.Update,
            Key = new StructuredData { ["id"] = 7.0 },
            Payload = new Change(null, new StructuredData
            {
                ["name"] = "Ada",
                ["age"] = 36.0,
                ["active"] = true,
                ["tags"] = new List<object?> { "a", "b" },
                ["address"] = new Dictionary<string, object?> { ["city"] = "Paris", ["zip"] = "75001" },
                ["nothing"] = null,
                ["big"] = 1234567.0,
                ["ratio"] = 0.25,
                ["html"] = "<b>&</b>",
            }),
        };
        record.Metadata["opencdc.collection"] = "users";
        record.Metadata["zone"] = "eu";
        return record;
    }

    public static string Run(string template) => FormatFixtures.Template(template, Record());

    /// <summary>Runs a template that must fail while executing and returns the message without the format prefix.</summary>
    public static string RunError(string template)
    {
        var serializer = RecordFormats.Default.Configure("template", template);
        var error = Assert.Throws<RecordSerializationException>(() => serializer.Serialize(Record()));
        const string prefix = "record format \"template\": ";
        Assert.StartsWith(prefix, error.Message, StringComparison.Ordinal);
        return error.Message[prefix.Length..];
    }

    /// <summary>Configures a template that must not parse and returns the message without the key prefix.</summary>
    public static string ParseError(string template)
    {
        var error = Assert.Throws<ConfigurationException>(() => RecordFormats.Default.Configure("template", template));
        const string prefix = "invalid sdk.record.format.options for \"template\": ";
        Assert.StartsWith(prefix, error.Message, StringComparison.Ordinal);
        return error.Message[prefix.Length..];
    }
}
