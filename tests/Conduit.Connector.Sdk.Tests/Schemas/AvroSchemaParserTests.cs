using System.Text;
using Conduit.Connector.Sdk.Schemas.Avro;

namespace Conduit.Connector.Sdk.Tests.Schemas;

public class AvroSchemaParserTests
{
    private static AvroSerde Parse(string text) => AvroSerde.Parse(Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData("\"long\"", "\"long\"")]
    [InlineData("{\"type\":\"string\"}", "\"string\"")]
    [InlineData("[\"null\", {\"type\": \"int\"}]", "[\"null\",\"int\"]")]
    [InlineData("{\"type\":\"long\",\"logicalType\":\"timestamp-micros\"}", "{\"type\":\"long\",\"logicalType\":\"timestamp-micros\"}")]
    [InlineData("{\"type\":\"int\",\"logicalType\":\"timestamp-micros\"}", "\"int\"")]
    [InlineData("{\"type\":\"string\",\"logicalType\":\"uuid\"}", "{\"type\":\"string\",\"logicalType\":\"uuid\"}")]
    [InlineData("{\"type\":\"bytes\",\"logicalType\":\"decimal\",\"precision\":4,\"scale\":0}", "{\"type\":\"bytes\",\"logicalType\":\"decimal\",\"precision\":4}")]
    [InlineData("{\"type\":\"bytes\",\"logicalType\":\"decimal\",\"precision\":2,\"scale\":3}", "\"bytes\"")]
    [InlineData("{\"type\":\"array\",\"items\":{\"type\":\"map\",\"values\":\"double\"}}", "{\"type\":\"array\",\"items\":{\"type\":\"map\",\"values\":\"double\"}}")]
    [InlineData("{\"type\":\"fixed\",\"name\":\"d\",\"size\":12,\"logicalType\":\"duration\"}", "{\"name\":\"d\",\"type\":\"fixed\",\"size\":12,\"logicalType\":\"duration\"}")]
    [InlineData("{\"type\":\"enum\",\"name\":\"e\",\"namespace\":\"n\",\"symbols\":[\"A\",\"B\"],\"doc\":\"x\"}", "{\"name\":\"n.e\",\"type\":\"enum\",\"symbols\":[\"A\",\"B\"]}")]
    public void Schema_IsWrittenInCanonicalForm(string text, string expected) => Assert.Equal(expected, Parse(text).Text);

    [Fact]
    public void Record_DropsDocDefaultsAndOrder_AndResolvesNamespacesAndReferences()
    {
        var text = """
            {
              "type": "record", "name": "User", "namespace": "com.example", "doc": "a user",
              "fields": [
                {"name": "id", "type": "long", "default": 0, "order": "descending"},
                {"name": "kind", "type": {"type": "enum", "name": "Kind", "symbols": ["A", "B"]}},
                {"name": "other", "type": ["null", "Kind"], "default": null},
                {"name": "hash", "type": {"type": "fixed", "name": "other.Hash", "size": 2}},
                {"name": "hash2", "type": "other.Hash"}
              ]
            }
            """;

        Assert.Equal(
            "{\"name\":\"com.example.User\",\"type\":\"record\",\"fields\":[{\"name\":\"id\",\"type\":\"long\"}," +
            "{\"name\":\"kind\",\"type\":{\"name\":\"com.example.Kind\",\"type\":\"enum\",\"symbols\":[\"A\",\"B\"]}}," +
            "{\"name\":\"other\",\"type\":[\"null\",\"com.example.Kind\"]}," +
            "{\"name\":\"hash\",\"type\":{\"name\":\"other.Hash\",\"type\":\"fixed\",\"size\":2}}," +
            "{\"name\":\"hash2\",\"type\":\"other.Hash\"}]}",
            Parse(text).Text);
    }

    [Fact]
    public void RecursiveRecord_IsParsedAndRoundTrips()
    {
        var serde = Parse("""{"type":"record","name":"Node","fields":[{"name":"v","type":"int"},{"name":"next","type":["null","Node"]}]}""");
        var data = new StructuredData { ["v"] = 1, ["next"] = new StructuredData { ["v"] = 2, ["next"] = null } };

        var decoded = serde.Decode(serde.Encode(data));

        Assert.Equal("{\"name\":\"Node\",\"type\":\"record\",\"fields\":[{\"name\":\"v\",\"type\":\"int\"},{\"name\":\"next\",\"type\":[\"null\",\"Node\"]}]}", serde.Text);
        Assert.True(data.Equals(decoded));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("\"nope\"")]
    [InlineData("42")]
    [InlineData("{\"type\":\"record\",\"name\":\"r\"}")]
    [InlineData("{\"type\":\"record\",\"name\":\"r-1\",\"fields\":[]}")]
    [InlineData("{\"type\":\"record\",\"name\":\"r\",\"fields\":[{\"name\":\"a\",\"type\":\"int\"},{\"name\":\"a\",\"type\":\"int\"}]}")]
    [InlineData("{\"type\":\"record\",\"name\":\"r\",\"fields\":[{\"name\":\"a\"}]}")]
    [InlineData("[\"int\",\"int\"]")]
    [InlineData("[\"null\",[\"int\"]]")]
    [InlineData("[]")]
    [InlineData("{\"type\":\"enum\",\"name\":\"e\",\"symbols\":[]}")]
    [InlineData("{\"type\":\"fixed\",\"name\":\"f\",\"size\":-1}")]
    [InlineData("{\"type\":\"array\"}")]
    [InlineData("[{\"type\":\"fixed\",\"name\":\"f\",\"size\":1},{\"type\":\"fixed\",\"name\":\"f\",\"size\":2}]")]
    public void InvalidSchema_ThrowsInvalidSchemaException(string text)
    {
        var error = Assert.Throws<InvalidSchemaException>(() => AvroSerde.Parse(Encoding.UTF8.GetBytes(text), "s1"));

        Assert.StartsWith("invalid schema (subject s1): ", error.Message, StringComparison.Ordinal);
        Assert.Equal("s1", error.Subject);
    }

    [Fact]
    public void NonRecordSchema_CannotEncodeStructuredData()
    {
        var error = Assert.Throws<SchemaException>(() => Parse("\"string\"").Encode([]));

        Assert.Contains("only a record schema", error.Message, StringComparison.Ordinal);
    }
}
