namespace Conduit.Connector.Sdk.Tests.Formats;

public sealed class DebeziumJsonFormatTests
{
    // The envelope schema fields after before/after/source, identical for every record.
    private const string FixedSchemaFields =
        """{"type":"string","optional":false,"field":"op"},{"type":"int64","optional":true,"field":"ts_ms"},"""
        + """{"type":"struct","optional":true,"fields":[{"type":"string","optional":false,"field":"id"},{"type":"int64","optional":false,"field":"total_order"},{"type":"int64","optional":false,"field":"data_collection_order"}],"field":"transaction"}""";

    private const string SourceSchema =
        """{"type":"struct","optional":true,"fields":[{"type":"string","optional":false,"field":"conduit.source.plugin.name"}],"field":"source"}""";

    [Fact]
    public void Serialize_GoStructuredCase_MatchesGoEnvelope()
    {
        // Arrange: Go's TestDebeziumConverter_Structured (its schema fields sorted, as the Go test sorts them).
        var record = FormatFixtures.Build(
            Operation.Update,
            before: new StructuredData { ["bar"] = 123L },
            after: new StructuredData { ["foo"] = "bar", ["baz"] = "qux" });

        // Act
        var json = FormatFixtures.Serialize("debezium/json", "debezium.schema.name=custom.name", record);

        // Assert
        Assert.Equal(
            """{"schema":{"type":"struct","optional":false,"name":"custom.name","fields":["""
            + """{"type":"struct","optional":true,"fields":[{"type":"int64","optional":false,"field":"bar"}],"field":"before"},"""
            + """{"type":"struct","optional":true,"fields":[{"type":"string","optional":false,"field":"baz"},{"type":"string","optional":false,"field":"foo"}],"field":"after"},"""
            + SourceSchema + "," + FixedSchemaFields + "]},"
            + "\"payload\":{\"before\":{\"bar\":123},\"after\":{\"baz\":\"qux\",\"foo\":\"bar\"},\"source\":{\"conduit.source.plugin.name\":\"example\"},\"op\":\"u\",\"transaction\":null}}",
            json);
    }

    [Fact]
    public void Serialize_GoRawDataCase_HoistsBytesAndSharesTheSchema()
    {
        // Arrange: Go's TestDebeziumConverter_RawData.
        var record = FormatFixtures.Build(Operation.Create, before: RawData.FromString("foo"), after: null);

        // Act
        var json = FormatFixtures.Serialize("debezium/json", string.Empty, record);

        // Assert
        const string rawSchema = """{"type":"struct","optional":true,"fields":[{"type":"bytes","optional":true,"field":"opencdc.rawData"}],"field":""";
        Assert.Equal(
            """{"schema":{"type":"struct","optional":false,"fields":["""
            + rawSchema + "\"before\"}," + rawSchema + "\"after\"},"
            + SourceSchema + "," + FixedSchemaFields + "]},"
            + "\"payload\":{\"before\":{\"opencdc.rawData\":\"Zm9v\"},\"after\":null,\"source\":{\"conduit.source.plugin.name\":\"example\"},\"op\":\"c\",\"transaction\":null}}",
            json);
    }

    [Theory]
    [InlineData(Operation.Create, "c")]
    [InlineData(Operation.Update, "u")]
    [InlineData(Operation.Delete, "d")]
    [InlineData(Operation.Snapshot, "r")]
    [InlineData((Operation)9, "")]
    public void Serialize_Operation_MapsToDebeziumOp(Operation operation, string op)
    {
        // Arrange
        var record = FormatFixtures.Build(operation, before: null, after: null);

        // Act
        var json = FormatFixtures.Serialize("debezium/json", string.Empty, record);

        // Assert
        Assert.Contains($"\"op\":\"{op}\",\"transaction\":null}}}}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_NoData_UsesEmptyStructSchemas()
    {
        // Arrange
        var record = FormatFixtures.Build(Operation.Delete, before: null, after: null);

        // Act
        var json = FormatFixtures.Serialize("debezium/json", string.Empty, record);

        // Assert
        Assert.StartsWith(
            """{"schema":{"type":"struct","optional":false,"fields":[{"type":"struct","optional":true,"field":"before"},{"type":"struct","optional":true,"field":"after"},""",
            json,
            StringComparison.Ordinal);
        Assert.Contains("\"payload\":{\"before\":null,\"after\":null,", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_ReadAt_BecomesTsMsInMilliseconds()
    {
        // Arrange
        var record = FormatFixtures.Build(Operation.Create, before: null, after: null);
        record.Metadata["opencdc.readAt"] = "1700000000123456789";

        // Act
        var json = FormatFixtures.Serialize("debezium/json", string.Empty, record);

        // Assert
        Assert.EndsWith("\"op\":\"c\",\"ts_ms\":1700000000123,\"transaction\":null}}", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a number")]
    [InlineData("")]
    public void Serialize_UnreadableReadAt_LeavesTsMsOut(string readAt)
    {
        // Arrange
        var record = FormatFixtures.Build(Operation.Create, before: null, after: null);
        record.Metadata["opencdc.readAt"] = readAt;

        // Act
        var json = FormatFixtures.Serialize("debezium/json", string.Empty, record);

        // Assert
        Assert.DoesNotContain("ts_ms\":", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_RawDataHoldingAJsonObject_ParsesIt()
    {
        // Arrange
        var record = FormatFixtures.Build(
            Operation.Create, before: null, after: RawData.FromString("""{"id":7,"tags":["a"],"nested":{"ok":true},"none":null,"empty":[]}"""));

        // Act
        var json = FormatFixtures.Serialize("debezium/json", string.Empty, record);

        // Assert
        Assert.Contains(
            """{"type":"struct","optional":true,"fields":["""
            + """{"type":"array","optional":true,"items":{"type":"string","optional":true},"field":"empty"},"""
            + """{"type":"double","optional":false,"field":"id"},"""
            + """{"type":"struct","optional":true,"fields":[{"type":"boolean","optional":false,"field":"ok"}],"field":"nested"},"""
            + """{"type":"string","optional":true,"field":"none"},"""
            + """{"type":"array","optional":true,"items":{"type":"string","optional":false},"field":"tags"}],"field":"after"}""",
            json,
            StringComparison.Ordinal);
        Assert.Contains("\"after\":{\"empty\":[],\"id\":7,\"nested\":{\"ok\":true},\"none\":null,\"tags\":[\"a\"]},", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    [InlineData("{\"a\":1} trailing")]
    [InlineData("plain text")]
    public void Serialize_RawDataThatIsNotAJsonObject_IsHoistedUnderTheRawDataKey(string raw)
    {
        // Arrange
        var record = FormatFixtures.Build(Operation.Create, before: null, after: RawData.FromString(raw));
        var base64 = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(raw));

        // Act
        var json = FormatFixtures.Serialize("debezium/json", "debezium.rawData.key=raw", record);

        // Assert
        Assert.Contains($"\"after\":{{\"raw\":\"{base64}\"}}", json, StringComparison.Ordinal);
        Assert.Contains("""{"type":"bytes","optional":true,"field":"raw"}""", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    public void Serialize_EmptyRawDataOrJsonNull_IsNull(string raw)
    {
        // Arrange
        var record = FormatFixtures.Build(Operation.Create, before: null, after: RawData.FromString(raw));

        // Act
        var json = FormatFixtures.Serialize("debezium/json", string.Empty, record);

        // Assert
        Assert.Contains("\"payload\":{\"before\":null,\"after\":null,", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_NumberTypes_MapToKafkaConnectTypes()
    {
        // Arrange
        var record = FormatFixtures.Build(Operation.Create, before: null, after: new StructuredData
        {
            ["a_long"] = 1L,
            ["b_int"] = 1,
            ["c_short"] = (short)1,
            ["d_sbyte"] = (sbyte)1,
            ["e_float"] = 1.5f,
            ["f_double"] = 1.5,
            ["g_bytes"] = new byte[] { 1 },
        });

        // Act
        var json = FormatFixtures.Serialize("debezium/json", string.Empty, record);

        // Assert
        Assert.Contains(
            """[{"type":"int64","optional":false,"field":"a_long"},{"type":"int32","optional":false,"field":"b_int"},"""
            + """{"type":"int16","optional":false,"field":"c_short"},{"type":"int8","optional":false,"field":"d_sbyte"},"""
            + """{"type":"float","optional":false,"field":"e_float"},{"type":"double","optional":false,"field":"f_double"},"""
            + """{"type":"bytes","optional":true,"field":"g_bytes"}]""",
            json,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_UnsupportedValue_ThrowsNamingTheField()
    {
        // Arrange
        var record = FormatFixtures.Build(Operation.Create, before: null, after: new StructuredData { ["when"] = DateTime.UnixEpoch });
        var serializer = RecordFormats.Default.Configure("debezium/json", null);

        // Act
        var error = Assert.Throws<RecordSerializationException>(() => serializer.Serialize(record));

        // Assert
        Assert.StartsWith("record format \"debezium/json\": Structured data field 'payload.after.when': type System.DateTime is not supported", error.Message, StringComparison.Ordinal);
    }
}
