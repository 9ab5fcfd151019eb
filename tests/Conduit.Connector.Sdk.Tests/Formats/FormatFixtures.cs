using System.Text;

namespace Conduit.Connector.Sdk.Tests.Formats;

/// <summary>Records shaped like the ones in the Go SDK's record serializer tests, and helpers to run formats.</summary>
internal static class FormatFixtures
{
    /// <summary>Go's test record: position "foo", create, one metadata entry, raw key "bar", structured after.</summary>
    public static Record GoRecord() => Build(Operation.Create, before: null, after: new StructuredData { ["foo"] = "bar", ["baz"] = "qux" });

    public static Record Build(Operation operation, Data? before, Data? after, Data? key = null)
    {
        var record = new Record
        {
            Position = Position.FromString("foo"),
            Operation = operation,
            Key = key ?? RawData.FromString("bar"),
            Payload = new Change(before, after),
        };
        record.Metadata["conduit.source.plugin.name"] = "example";
        return record;
    }

    public static string Serialize(string format, string options, Record record) =>
        Encoding.UTF8.GetString(RecordFormats.Default.Configure(format, options).Serialize(record));

    public static string Template(string template, Record record) => Serialize("template", template, record);
}
