using System.Text;
using Conduit.Connector.Sdk.Schemas.Avro;

namespace Conduit.Connector.Sdk.Tests.Schemas;

public class AvroSerdeTests
{
    private static AvroSerde Parse(string text) => AvroSerde.Parse(Encoding.UTF8.GetBytes(text));

    private static StructuredData RoundTrip(StructuredData data)
    {
        var serde = AvroSerde.ForData(data);
        var bytes = serde.Encode(data);

        // What the destination side does: parse the registered text, then decode.
        return Parse(serde.Text).Decode(bytes);
    }

    [Fact]
    public void EveryValueType_RoundTripsWithItsAvroType()
    {
        var data = new StructuredData
        {
            ["b"] = true,
            ["i"] = 42,
            ["s16"] = (short)-3,
            ["u8"] = (byte)200,
            ["l"] = long.MaxValue,
            ["u32"] = uint.MaxValue,
            ["f"] = 1.25f,
            ["d"] = -2.5e300,
            ["m"] = -12345.678901234567890123m,
            ["str"] = "héllo",
            ["bytes"] = new byte[] { 0, 255, 7 },
            ["nothing"] = null,
            ["ints"] = new[] { 1, 2, 3 },
            ["mixed"] = new List<object?> { 1, "a", null, 2L },
            ["map"] = new Dictionary<string, object?> { ["x"] = 1, ["y"] = "z" },
            ["nested"] = new StructuredData { ["deep"] = new StructuredData { ["v"] = 7L } },
        };

        var decoded = RoundTrip(data);

        Assert.IsType<bool>(decoded["b"]);
        Assert.Equal(42, Assert.IsType<int>(decoded["i"]));
        Assert.Equal(-3, Assert.IsType<int>(decoded["s16"]));
        Assert.Equal(200, Assert.IsType<int>(decoded["u8"]));
        Assert.Equal(long.MaxValue, Assert.IsType<long>(decoded["l"]));
        Assert.Equal(uint.MaxValue, Assert.IsType<long>(decoded["u32"]));
        Assert.Equal(1.25f, Assert.IsType<float>(decoded["f"]));
        Assert.Equal(-2.5e300, Assert.IsType<double>(decoded["d"]));
        Assert.Equal(-12345.678901234567890123m, Assert.IsType<decimal>(decoded["m"]));
        Assert.Equal("héllo", decoded["str"]);
        Assert.Equal(new byte[] { 0, 255, 7 }, Assert.IsType<byte[]>(decoded["bytes"]));
        Assert.Null(decoded["nothing"]);
        Assert.Equal(new object?[] { 1, 2, 3 }, Assert.IsType<List<object?>>(decoded["ints"]));
        Assert.Equal(new object?[] { 1, "a", null, 2L }, Assert.IsType<List<object?>>(decoded["mixed"]));
        Assert.IsType<long>(((List<object?>)decoded["mixed"]!)[3]);
        Assert.Equal(new Dictionary<string, object?> { ["x"] = 1, ["y"] = "z" }, Assert.IsType<Dictionary<string, object?>>(decoded["map"]));
        var deep = Assert.IsType<StructuredData>(Assert.IsType<StructuredData>(decoded["nested"])["deep"]);
        Assert.Equal(7L, Assert.IsType<long>(deep["v"]));
        Assert.True(data.Equals(decoded), "structured data equality (deep, whatever the order)");
    }

    [Fact]
    public void DecodedData_ExtractsTheSameSchemaAgain()
    {
        var data = new StructuredData
        {
            ["a"] = new List<object?> { new StructuredData { ["x"] = 1.5 } },
            ["b"] = new Dictionary<string, object?> { ["k"] = new List<object?> { "v" } },
            ["c"] = 3L,
        };

        Assert.Equal(AvroSerde.ForData(data).Text, AvroSerde.ForData(RoundTrip(data)).Text);
    }

    [Fact]
    public void Encoding_FollowsTheAvroSpecification()
    {
        var serde = Parse("""{"type":"record","name":"r","fields":[{"name":"a","type":"long"},{"name":"b","type":"string"},{"name":"c","type":["null","int"]},{"name":"d","type":{"type":"array","items":"int"}}]}""");

        var bytes = serde.Encode(new StructuredData { ["a"] = -65L, ["b"] = "foo", ["c"] = 64, ["d"] = new[] { 1, -1 } });

        // -65 zig-zags to 129 = 0x81 0x01; "foo" is length 3 (0x06) and its bytes; the union picks branch 1 (0x02)
        // and 64 zig-zags to 128 = 0x80 0x01; the array is one block of 2 items (0x04), 1 (0x02), -1 (0x01), then 0.
        Assert.Equal(new byte[] { 0x81, 0x01, 0x06, 0x66, 0x6F, 0x6F, 0x02, 0x80, 0x01, 0x04, 0x02, 0x01, 0x00 }, bytes);
    }

    [Fact]
    public void AuthorSchema_WithEnumFixedLogicalTypesAndDefaults_EncodesAndDecodes()
    {
        var serde = Parse("""
            {"type":"record","name":"Row","fields":[
              {"name":"id","type":{"type":"string","logicalType":"uuid"}},
              {"name":"at","type":{"type":"long","logicalType":"timestamp-micros"}},
              {"name":"day","type":{"type":"int","logicalType":"date"}},
              {"name":"kind","type":{"type":"enum","name":"Kind","symbols":["A","B"]}},
              {"name":"hash","type":{"type":"fixed","name":"Hash","size":2}},
              {"name":"price","type":{"type":"fixed","name":"Price","size":8,"logicalType":"decimal","precision":10,"scale":2}},
              {"name":"amount","type":{"type":"bytes","logicalType":"decimal","precision":40,"scale":30}},
              {"name":"note","type":["null","string"],"default":null},
              {"name":"ratio","type":"float"}
            ]}
            """);
        var data = new StructuredData
        {
            ["id"] = "0b7d7d43-3c8a-4a8e-9f5e-1c2a3b4c5d6e",
            ["at"] = 1_700_000_000_000_000L,
            ["day"] = 19_000,
            ["kind"] = "B",
            ["hash"] = new byte[] { 1, 2 },
            ["price"] = -12.345m,
            ["amount"] = 1.5m,
            ["ratio"] = 0.5,
        };

        var decoded = serde.Decode(serde.Encode(data));

        Assert.Equal("0b7d7d43-3c8a-4a8e-9f5e-1c2a3b4c5d6e", decoded["id"]);
        Assert.Equal(1_700_000_000_000_000L, decoded["at"]);
        Assert.Equal(19_000, decoded["day"]);
        Assert.Equal("B", decoded["kind"]);
        Assert.Equal(new byte[] { 1, 2 }, decoded["hash"]);
        Assert.Equal(-12.35m, decoded["price"]);
        Assert.Equal(1.5m, decoded["amount"]);
        Assert.Null(decoded["note"]);
        Assert.Equal(0.5f, decoded["ratio"]);
    }

    [Fact]
    public void NumbersThatWentThroughProtobuf_FitIntegerFields()
    {
        var serde = Parse("""{"type":"record","name":"r","fields":[{"name":"i","type":"int"},{"name":"l","type":["null","long"]}]}""");

        var decoded = serde.Decode(serde.Encode(new StructuredData { ["i"] = 3.0, ["l"] = 4.0 }));

        Assert.Equal(3, decoded["i"]);
        Assert.Equal(4L, decoded["l"]);
    }

    [Theory]
    [InlineData("i", 1.5, "'i'")]
    [InlineData("i", 3_000_000_000L, "'i'")]
    [InlineData("s", 1, "'s'")]
    [InlineData("extra", 1, "'extra'")]
    public void ValueThatDoesNotFit_FailsNamingTheField(string key, object value, string expectedPath)
    {
        var serde = Parse("""{"type":"record","name":"r","fields":[{"name":"i","type":"int"},{"name":"s","type":"string"}]}""");
        var data = new StructuredData { ["i"] = 1, ["s"] = "x" };
        data[key] = value;

        var error = Assert.Throws<SchemaException>(() => serde.Encode(data));

        Assert.Contains(expectedPath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingField_IsNullWhenNullable_AndFailsOtherwise()
    {
        var serde = Parse("""{"type":"record","name":"r","fields":[{"name":"a","type":["null","int"]},{"name":"b","type":"int"}]}""");

        var decoded = serde.Decode(serde.Encode(new StructuredData { ["b"] = 1 }));
        var error = Assert.Throws<SchemaException>(() => serde.Encode(new StructuredData { ["a"] = 1 }));

        Assert.Null(decoded["a"]);
        Assert.Contains("'b': the field is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecimalBeyondPrecision_Fails()
    {
        var serde = Parse("""{"type":"record","name":"r","fields":[{"name":"m","type":{"type":"bytes","logicalType":"decimal","precision":4,"scale":2}}]}""");

        var error = Assert.Throws<SchemaException>(() => serde.Encode(new StructuredData { ["m"] = 123.45m }));

        Assert.Contains("more than 4 digits", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecimalBeyondSystemDecimal_DecodesAsExactText()
    {
        var serde = Parse("""{"type":"record","name":"r","fields":[{"name":"m","type":{"type":"bytes","logicalType":"decimal","precision":40,"scale":2}}]}""");
        var unscaled = System.Numerics.BigInteger.Parse("-1234567890123456789012345678901234567", System.Globalization.CultureInfo.InvariantCulture);
        var payload = unscaled.ToByteArray(isUnsigned: false, isBigEndian: true);
        var bytes = new byte[] { (byte)(payload.Length * 2) }.Concat(payload).ToArray();

        var decoded = serde.Decode(bytes);

        Assert.Equal("-12345678901234567890123456789012345.67", decoded["m"]);
    }

    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { 0x02, 0x06, 0x66 })]
    [InlineData(new byte[] { 0x02, 0x00, 0x00 })]
    [InlineData(new byte[] { 0x04, 0x00 })]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF })]
    public void MalformedBytes_FailWithSchemaException(byte[] bytes)
    {
        var serde = Parse("""{"type":"record","name":"r","fields":[{"name":"a","type":["null","string"]}]}""");

        Assert.Throws<SchemaException>(() => serde.Decode(bytes));
    }

    [Fact]
    public void HugeBlockCount_FailsInsteadOfAllocating()
    {
        var serde = Parse("""{"type":"record","name":"r","fields":[{"name":"a","type":{"type":"array","items":"int"}}]}""");

        // One block that claims 2^40 items, then nothing.
        var error = Assert.Throws<SchemaException>(() => serde.Decode([0x80, 0x80, 0x80, 0x80, 0x80, 0x40]));

        Assert.Contains("claims", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_ParsesItsSerdeOnce()
    {
        var schema = new Schema("s", 1, 1, SchemaType.Avro, Encoding.UTF8.GetBytes("""{"type":"record","name":"r","fields":[]}"""));

        Assert.Same(schema.GetAvroSerde(), schema.GetAvroSerde());
    }
}
