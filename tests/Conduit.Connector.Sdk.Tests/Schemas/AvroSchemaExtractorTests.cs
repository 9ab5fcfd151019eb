using Conduit.Connector.Sdk.Schemas.Avro;

namespace Conduit.Connector.Sdk.Tests.Schemas;

public class AvroSchemaExtractorTests
{
    private static string Extract(StructuredData data) => AvroSerde.ForData(data).Text;

    private static string Field(string type) => "{\"name\":\"record\",\"type\":\"record\",\"fields\":[{\"name\":\"foo\",\"type\":" + type + "}]}";

    public static TheoryData<object?, string> Scalars() => new()
    {
        { true, "\"boolean\"" },
        { 1, "\"int\"" },
        { (short)1, "\"int\"" },
        { (sbyte)1, "\"int\"" },
        { (byte)1, "\"int\"" },
        { (ushort)1, "\"int\"" },
        { 1L, "\"long\"" },
        { 1U, "\"long\"" },
        { 1.5f, "\"float\"" },
        { 1.5, "\"double\"" },
        { 1.5m, "{\"type\":\"bytes\",\"logicalType\":\"decimal\",\"precision\":38,\"scale\":18}" },
        { "x", "\"string\"" },
        { new byte[] { 1, 2 }, "\"bytes\"" },
        { new ReadOnlyMemory<byte>([1, 2]), "\"bytes\"" },
        { null, "[\"null\",\"string\"]" },
        { new int[] { 1, 2 }, "{\"type\":\"array\",\"items\":\"int\"}" },
        { new List<long> { 1 }, "{\"type\":\"array\",\"items\":\"long\"}" },
        { new List<byte> { 1 }, "{\"type\":\"array\",\"items\":\"int\"}" },
        { new bool[] { true }, "{\"type\":\"array\",\"items\":\"boolean\"}" },
        { new double[] { 1 }, "{\"type\":\"array\",\"items\":\"double\"}" },
        { new string[] { "a" }, "{\"type\":\"array\",\"items\":[\"null\",\"string\"]}" },
        { new List<object?>(), "{\"type\":\"array\",\"items\":[\"null\",\"string\"]}" },
        { new List<object?> { 1, "a", 2, null }, "{\"type\":\"array\",\"items\":[\"int\",\"null\",\"string\"]}" },
        { new List<object?> { 1L, 2 }, "{\"type\":\"array\",\"items\":[\"int\",\"long\",\"null\"]}" },
        { new Dictionary<string, long> { ["a"] = 1 }, "{\"type\":\"map\",\"values\":\"long\"}" },
        { new Dictionary<string, object?>(), "{\"type\":\"map\",\"values\":[\"null\",\"string\"]}" },
        { new Dictionary<string, object?> { ["b"] = 1, ["a"] = "x", ["c"] = true }, "{\"type\":\"map\",\"values\":[\"boolean\",\"int\",\"null\",\"string\"]}" },
        { new Dictionary<string, string> { ["a"] = "x" }, "{\"type\":\"map\",\"values\":[\"null\",\"string\"]}" },
    };

    [Theory]
    [MemberData(nameof(Scalars))]
    public void ValueType_MapsToGoExtractorSchema(object? value, string expected) =>
        Assert.Equal(Field(expected), Extract(new StructuredData { ["foo"] = value }));

    [Fact]
    public void Fields_AreSortedByName()
    {
        var data = new StructuredData { ["b"] = 1, ["_x"] = 2, ["a"] = 3, ["B"] = 4, ["a1"] = 5 };

        var text = Extract(data);

        Assert.Equal(
            "{\"name\":\"record\",\"type\":\"record\",\"fields\":[{\"name\":\"B\",\"type\":\"int\"},{\"name\":\"_x\",\"type\":\"int\"}," +
            "{\"name\":\"a\",\"type\":\"int\"},{\"name\":\"a1\",\"type\":\"int\"},{\"name\":\"b\",\"type\":\"int\"}]}",
            text);
    }

    [Fact]
    public void NestedStructuredData_IsRecordNamedByPath()
    {
        var data = new StructuredData
        {
            ["address"] = new StructuredData { ["zip"] = "1", ["city"] = new StructuredData { ["name"] = "c" } },
        };

        Assert.Equal(
            "{\"name\":\"record\",\"type\":\"record\",\"fields\":[{\"name\":\"address\",\"type\":{\"name\":\"record.address\",\"type\":\"record\",\"fields\":[" +
            "{\"name\":\"city\",\"type\":{\"name\":\"record.address.city\",\"type\":\"record\",\"fields\":[{\"name\":\"name\",\"type\":\"string\"}]}}," +
            "{\"name\":\"zip\",\"type\":\"string\"}]}}]}",
            Extract(data));
    }

    [Fact]
    public void NestedDictionary_IsMapAsInGo()
    {
        var data = new StructuredData { ["foo"] = new Dictionary<string, object?> { ["bar"] = "baz", ["baz"] = 1 } };

        Assert.Equal(Field("{\"type\":\"map\",\"values\":[\"int\",\"null\",\"string\"]}"), Extract(data));
    }

    [Fact]
    public void ListsOfLists_MergeItemTypes()
    {
        var data = new StructuredData { ["foo"] = new List<object?> { new List<object?> { 1 }, new List<object?> { "a" } } };

        Assert.Equal(Field("{\"type\":\"array\",\"items\":[\"null\",{\"type\":\"array\",\"items\":[\"int\",\"null\",\"string\"]}]}"), Extract(data));
    }

    [Fact]
    public void MapsInMap_MergeValueTypes()
    {
        var data = new StructuredData
        {
            ["foo"] = new Dictionary<string, object?>
            {
                ["a"] = new Dictionary<string, object?> { ["x"] = 1 },
                ["b"] = new Dictionary<string, object?> { ["y"] = true },
            },
        };

        Assert.Equal(Field("{\"type\":\"map\",\"values\":[\"null\",{\"type\":\"map\",\"values\":[\"boolean\",\"int\",\"null\"]}]}"), Extract(data));
    }

    [Fact]
    public void ListOfEquallyShapedRecords_SharesOneRecordType()
    {
        var data = new StructuredData
        {
            ["foo"] = new List<object?> { new StructuredData { ["a"] = 1 }, new StructuredData { ["a"] = 2 } },
        };

        Assert.Equal(
            Field("{\"type\":\"array\",\"items\":[\"null\",{\"name\":\"record.foo.item\",\"type\":\"record\",\"fields\":[{\"name\":\"a\",\"type\":\"int\"}]}]}"),
            Extract(data));
    }

    [Fact]
    public void ListOfDifferentRecords_Fails()
    {
        var data = new StructuredData
        {
            ["foo"] = new List<object?> { new StructuredData { ["a"] = 1 }, new StructuredData { ["b"] = 2 } },
        };

        var error = Assert.Throws<SchemaException>(() => Extract(data));

        Assert.Contains("'foo[1]'", error.Message, StringComparison.Ordinal);
        Assert.Contains("cannot hold together", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ListOfDecimalAndBytes_Fails()
    {
        var data = new StructuredData { ["foo"] = new List<object?> { 1.5m, new byte[] { 1 } } };

        Assert.Throws<SchemaException>(() => Extract(data));
    }

    [Theory]
    [InlineData("first-name")]
    [InlineData("1st")]
    [InlineData("naïve")]
    public void KeyThatIsNoAvroName_FailsNamingTheField(string key)
    {
        var error = Assert.Throws<SchemaException>(() => Extract(new StructuredData { [key] = 1 }));

        Assert.Contains($"'{key}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a valid Avro field name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsignedLong_FailsAsInGo()
    {
        var error = Assert.Throws<SchemaException>(() => Extract(new StructuredData { ["n"] = new StructuredData { ["id"] = 1UL } }));

        Assert.Contains("'n.id'", error.Message, StringComparison.Ordinal);
        Assert.Contains("UInt64", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DateTime_FailsLikeEveryOtherStructuredDataPath()
    {
        var error = Assert.Throws<SchemaException>(() => Extract(new StructuredData { ["when"] = DateTime.UtcNow }));

        Assert.Contains("'when'", error.Message, StringComparison.Ordinal);
        Assert.Contains("convert it to a string or a number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SameData_GivesSameTextWhateverTheInsertionOrder()
    {
        var first = new StructuredData { ["a"] = 1, ["b"] = new Dictionary<string, object?> { ["x"] = "s", ["y"] = 2 } };
        var second = new StructuredData { ["b"] = new Dictionary<string, object?> { ["y"] = 2, ["x"] = "s" }, ["a"] = 1 };

        Assert.Equal(Extract(first), Extract(second));
    }

    [Fact]
    public void ExtractedText_ParsesBackToTheSameText()
    {
        var data = new StructuredData
        {
            ["a"] = new StructuredData { ["b"] = new List<object?> { new StructuredData { ["c"] = 1.5m } } },
            ["m"] = new Dictionary<string, object?> { ["k"] = new List<object?> { 1, null } },
        };
        var text = Extract(data);

        var parsed = AvroSerde.Parse(System.Text.Encoding.UTF8.GetBytes(text));

        Assert.Equal(text, parsed.Text);
    }
}
