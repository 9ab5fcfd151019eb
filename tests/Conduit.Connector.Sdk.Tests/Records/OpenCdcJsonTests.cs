using System.Text.Json;

namespace Conduit.Connector.Sdk.Tests.Records;

public sealed class OpenCdcJsonTests
{
    // The shape of Go's opencdc.Record JSON: fields in declaration order, map keys sorted,
    // position and raw data as base64, numbers without a trailing ".0".
    private const string UpdateFixture =
        """{"position":"cmVzdW1lLTQy","operation":"update","metadata":{"opencdc.collection":"orders","zone":"eu"},"key":"b3JkZXItNw==","payload":{"before":"Y3JpbXNvbg==","after":{"active":false,"count":3,"height":2.7,"id":7,"label":"crimson","ratio":0.25,"small":-8}}}""";

    [Fact]
    public void Serialize_GoShapedRecord_MatchesGoBytes()
    {
        // Arrange
        var record = NewUpdateRecord();

        // Act
        var json = OpenCdcJson.Serialize(record);

        // Assert
        Assert.Equal(UpdateFixture, json);
    }

    [Fact]
    public void Serialize_RawDataAsString_WritesTextAndKeepsPositionBase64()
    {
        // Arrange
        var record = NewUpdateRecord();
        var options = new OpenCdcJsonOptions { RawDataAsString = true };

        // Act
        var json = OpenCdcJson.Serialize(record, options);

        // Assert
        Assert.StartsWith("""{"position":"cmVzdW1lLTQy","operation":"update",""", json, StringComparison.Ordinal);
        Assert.Contains("""
            "key":"order-7","payload":{"before":"crimson",
            """, json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_EmptyRecord_WritesNullsLikeGoZeroValues()
    {
        // Arrange
        var record = new Record { Operation = 0 };

        // Act
        var json = OpenCdcJson.Serialize(record);

        // Assert
        Assert.Equal(
            """{"position":null,"operation":"Operation(0)","metadata":null,"key":null,"payload":{"before":null,"after":null}}""",
            json);
    }

    [Fact]
    public void Serialize_EmptyRawData_WritesEmptyString()
    {
        var record = new Record { Position = Position.FromString("p"), Key = new RawData(ReadOnlyMemory<byte>.Empty) };

        var json = OpenCdcJson.Serialize(record);

        Assert.Contains("\"key\":\"\",", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_NestedStructuredData_SortsKeysAndWritesListsAndBytes()
    {
        // Arrange
        var record = new Record
        {
            Position = Position.FromString("pos-1"),
            Operation = Operation.Create,
            Payload =
            {
                After = new StructuredData
                {
                    ["z"] = new Dictionary<string, object?> { ["b"] = 1, ["a"] = null },
                    ["list"] = new object?[] { "x", 1.5, true, new List<int> { 1, 2 } },
                    ["blob"] = "hello"u8.ToArray(),
                    ["labels"] = new Dictionary<string, string> { ["k"] = "v" },
                    ["price"] = 12.50m,
                },
            },
        };

        // Act
        var json = OpenCdcJson.Serialize(record);

        // Assert
        Assert.Equal(
            """{"position":"cG9zLTE=","operation":"create","metadata":null,"key":null,"payload":{"before":null,"after":{"blob":"aGVsbG8=","labels":{"k":"v"},"list":["x",1.5,true,[1,2]],"price":12.5,"z":{"a":null,"b":1}}}}""",
            json);
    }

    [Fact]
    public void Serialize_StringsNeedingEscapes_EscapesLikeGo()
    {
        // Arrange
        var record = new Record
        {
            Metadata = { ["html"] = "<a href=\"x\">&</a>", ["ctl"] = "tab\tnl\nbell\u0007", ["uni"] = "héllo ✓ \u2028" },
        };

        // Act
        var json = OpenCdcJson.Serialize(record);

        // Assert
        Assert.Contains(
            """
            "metadata":{"ctl":"tab\tnl\nbell\u0007","html":"\u003ca href=\"x\"\u003e\u0026\u003c/a\u003e","uni":"héllo ✓ \u2028"}
            """,
            json,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_RawDataAsStringWithInvalidUtf8_WritesReplacementEscapePerByte()
    {
        var record = new Record { Key = new RawData(new byte[] { (byte)'a', 0xFF, 0xFE, (byte)'b' }) };

        var json = OpenCdcJson.Serialize(record, new OpenCdcJsonOptions { RawDataAsString = true });

        Assert.Contains("\"key\":\"a\\ufffd\\ufffdb\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_UnsupportedValue_ThrowsWithPathAndType()
    {
        // Arrange
        var record = new Record
        {
            Payload = { After = new StructuredData { ["user"] = new Dictionary<string, object?> { ["tags"] = new object[] { "a", DateTime.UnixEpoch } } } },
        };

        // Act
        var exception = Assert.ThrowsAny<NotSupportedException>(() => OpenCdcJson.Serialize(record));

        // Assert
        Assert.Contains("'payload.after.user.tags[1]'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("System.DateTime", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_NaN_Throws()
    {
        var record = new Record { Key = new StructuredData { ["n"] = double.NaN } };

        var exception = Assert.ThrowsAny<NotSupportedException>(() => OpenCdcJson.Serialize(record));

        Assert.Contains("'key.n'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_GoShapedRecord_ReadsEveryPart()
    {
        // Act
        var record = OpenCdcJson.Deserialize(UpdateFixture);

        // Assert
        Assert.Equal(Position.FromString("resume-42"), record.Position);
        Assert.Equal(Operation.Update, record.Operation);
        Assert.Equal("orders", record.Metadata.GetCollection());
        Assert.Equal(RawData.FromString("order-7"), record.Key);
        Assert.Equal(RawData.FromString("crimson"), record.Payload.Before);
        var after = Assert.IsType<StructuredData>(record.Payload.After);
        Assert.Equal(7.0, Assert.IsType<double>(after["id"]));
        Assert.Equal(2.7, Assert.IsType<double>(after["height"]));
        Assert.Equal(false, after["active"]);
        Assert.Equal("crimson", after["label"]);
    }

    [Fact]
    public void RoundTrip_GoShapedRecord_ReproducesTheBytes()
    {
        var json = OpenCdcJson.Serialize(OpenCdcJson.Deserialize(UpdateFixture));

        Assert.Equal(UpdateFixture, json);
    }

    [Fact]
    public void RoundTrip_Record_IsEqualAfterNumbersBecomeDoubles()
    {
        // Arrange
        var record = NewUpdateRecord();

        // Act
        var copy = OpenCdcJson.DeserializeUtf8(OpenCdcJson.SerializeToUtf8Bytes(record));

        // Assert: 3 (int) and 3.0 (double) are equal; the float 2.7f was written as 2.7 and read as 2.7 (double),
        // which is not the float's exact value, so compare the rest field by field.
        var after = (StructuredData)copy.Payload.After!;
        Assert.Equal(2.7, after["height"]);
        after["height"] = ((StructuredData)record.Payload.After!)["height"];
        Assert.Equal(record, copy);
    }

    [Fact]
    public void Deserialize_NestedValues_BecomeDoublesDictionariesAndLists()
    {
        var record = OpenCdcJson.Deserialize("""{"key":{"n":1,"m":{"x":[1,"a",null,{"y":true}]}}}""");

        var key = Assert.IsType<StructuredData>(record.Key);
        Assert.Equal(1.0, Assert.IsType<double>(key["n"]));
        var m = Assert.IsType<Dictionary<string, object?>>(key["m"]);
        var x = Assert.IsType<List<object?>>(m["x"]);
        Assert.Equal([1.0, "a", null], x.Take(3));
        Assert.Equal(true, Assert.IsType<Dictionary<string, object?>>(x[3])["y"]);
    }

    [Fact]
    public void Deserialize_MissingAndNullParts_LeaveDefaults()
    {
        var record = OpenCdcJson.Deserialize("""{"position":null,"metadata":null,"key":null,"payload":null,"extra":[1,{"a":2}]}""");

        Assert.True(record.Position.IsEmpty);
        Assert.Equal(Operation.Create, record.Operation);
        Assert.Empty(record.Metadata);
        Assert.Null(record.Key);
        Assert.Null(record.Payload.Before);
        Assert.Null(record.Payload.After);
    }

    [Theory]
    [InlineData("\"create\"", Operation.Create)]
    [InlineData("\"update\"", Operation.Update)]
    [InlineData("\"delete\"", Operation.Delete)]
    [InlineData("\"snapshot\"", Operation.Snapshot)]
    [InlineData("\"Operation(9)\"", (Operation)9)]
    [InlineData("\"Operation(0)\"", (Operation)0)]
    [InlineData("\"7\"", (Operation)7)]
    [InlineData("3", Operation.Delete)]
    public void Deserialize_Operation_AcceptsGoNames(string jsonValue, Operation expected)
    {
        var record = OpenCdcJson.Deserialize($$"""{"operation":{{jsonValue}}}""");

        Assert.Equal(expected, record.Operation);
    }

    [Theory]
    [InlineData((Operation)1, "create")]
    [InlineData((Operation)2, "update")]
    [InlineData((Operation)3, "delete")]
    [InlineData((Operation)4, "snapshot")]
    [InlineData((Operation)42, "Operation(42)")]
    public void Serialize_Operation_WritesGoNames(Operation operation, string expected)
    {
        var json = OpenCdcJson.Serialize(new Record { Operation = operation });

        Assert.Contains($"\"operation\":\"{expected}\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_RawDataAsString_ReadsTextBack()
    {
        var options = new OpenCdcJsonOptions { RawDataAsString = true };
        var record = new Record { Key = RawData.FromString("plain ✓ text") };

        var copy = OpenCdcJson.Deserialize(OpenCdcJson.Serialize(record, options), options);

        Assert.Equal(record.Key, copy.Key);
    }

    [Theory]
    [InlineData("""{"operation":"explode"}""", "operation")]
    [InlineData("""{"key":42}""", "'key'")]
    [InlineData("""{"payload":{"after":[1]}}""", "'payload.after'")]
    [InlineData("""{"position":"not base64!"}""", "'position'")]
    [InlineData("""{"metadata":{"a":1}}""", "'metadata.a'")]
    [InlineData("""[1]""", "'record'")]
    [InlineData("""{"key":null} trailing""", "")]
    [InlineData("""{"key":""", "")]
    public void Deserialize_Invalid_ThrowsJsonExceptionNamingTheField(string json, string fragment)
    {
        var exception = Assert.ThrowsAny<JsonException>(() => OpenCdcJson.Deserialize(json));

        Assert.Contains(fragment, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_Record_IsOpenCdcJson()
    {
        var record = NewUpdateRecord();

        Assert.Equal(UpdateFixture, record.ToString());
    }

    [Fact]
    public void ToString_UnsupportedValue_DoesNotThrow()
    {
        var data = new StructuredData { ["when"] = new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc), ["n"] = double.PositiveInfinity };

        var text = data.ToString();

        Assert.StartsWith("{\"n\":\"", text, StringComparison.Ordinal);
        Assert.Contains("\"when\":\"", text, StringComparison.Ordinal);
    }

    private static Record NewUpdateRecord() => new()
    {
        Position = Position.FromString("resume-42"),
        Operation = Operation.Update,
        Metadata = { [MetadataKeys.Collection] = "orders", ["zone"] = "eu" },
        Key = RawData.FromString("order-7"),
        Payload = new Change(
            RawData.FromString("crimson"),
            new StructuredData
            {
                ["label"] = "crimson",
                ["id"] = 7,
                ["count"] = 3L,
                ["small"] = (sbyte)-8,
                ["height"] = 2.7f,
                ["ratio"] = 0.25,
                ["active"] = false,
            }),
    };
}
