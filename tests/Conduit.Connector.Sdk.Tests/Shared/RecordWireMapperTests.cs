using Conduit.Connector.Sdk.Wire;
using Google.Protobuf;
using Google.Protobuf.Collections;
using Google.Protobuf.WellKnownTypes;
using WireData = Conduit.Connector.Sdk.Protocol.Wire.OpenCdc.Data;
using WireOperation = Conduit.Connector.Sdk.Protocol.Wire.OpenCdc.Operation;
using WireRecord = Conduit.Connector.Sdk.Protocol.Wire.OpenCdc.Record;

namespace Conduit.Connector.Sdk.Tests.Shared;

public sealed class RecordWireMapperTests
{
    // The wire enum is internal, so the expected value is its number: OPERATION_CREATE = 1 … OPERATION_SNAPSHOT = 4.
    [Theory]
    [InlineData(Operation.Create, 1)]
    [InlineData(Operation.Update, 2)]
    [InlineData(Operation.Delete, 3)]
    [InlineData(Operation.Snapshot, 4)]
    [InlineData((Operation)0, 0)]
    [InlineData((Operation)9, 9)]
    public void RoundTrip_EveryOperation_KeepsItsNumber(Operation operation, int expectedWireNumber)
    {
        var expected = (WireOperation)expectedWireNumber;

        // Arrange
        var record = new Record { Position = Position.FromString("p"), Operation = operation };

        // Act
        var wire = RecordWireMapper.ToWire(record);
        var back = RecordWireMapper.FromWire(WireRecord.Parser.ParseFrom(wire.ToByteArray()));

        // Assert
        Assert.Equal(expected, wire.Operation);
        Assert.Equal(operation, back.Operation);
    }

    [Fact]
    public void ToWire_FullRecord_MapsEveryField()
    {
        // Arrange
        var record = new Record
        {
            Position = Position.FromString("resume-42"),
            Operation = Operation.Update,
            Metadata = { ["opencdc.collection"] = "orders", ["zone"] = "eu" },
            Key = RawData.FromString("order-7"),
            Payload = new Change(RawData.FromString("old"), new StructuredData { ["id"] = 7, ["name"] = "x" }),
        };

        // Act
        var wire = RecordWireMapper.ToWire(record);

        // Assert
        Assert.Equal("resume-42", wire.Position.ToStringUtf8());
        Assert.Equal(WireOperation.Update, wire.Operation);
        Assert.Equal(new MapField<string, string> { ["opencdc.collection"] = "orders", ["zone"] = "eu" }, wire.Metadata);
        Assert.Equal("order-7", wire.Key.RawData.ToStringUtf8());
        Assert.Equal("old", wire.Payload.Before.RawData.ToStringUtf8());
        var after = wire.Payload.After.StructuredData;
        Assert.Equal(7.0, after.Fields["id"].NumberValue);
        Assert.Equal("x", after.Fields["name"].StringValue);
    }

    [Fact]
    public void ToWire_NoData_LeavesDataAbsentButPayloadPresent()
    {
        // Go always sends a payload message, even when both sides are nil.
        var wire = RecordWireMapper.ToWire(new Record());

        Assert.Null(wire.Key);
        Assert.NotNull(wire.Payload);
        Assert.Null(wire.Payload.Before);
        Assert.Null(wire.Payload.After);
        Assert.True(wire.Position.IsEmpty);
        Assert.Empty(wire.Metadata);
    }

    [Fact]
    public void RoundTrip_RawStructuredAndNullData_ThroughTheBytes()
    {
        // Arrange
        var record = new Record
        {
            Position = Position.FromString("p-1"),
            Operation = Operation.Snapshot,
            Metadata = { [MetadataKeys.ReadAt] = "1700000000000000000" },
            Key = new StructuredData { ["id"] = 1L },
            Payload = new Change(
                null,
                new StructuredData
                {
                    ["nested"] = new Dictionary<string, object?> { ["list"] = new object?[] { 1, "two", null, true } },
                    ["raw"] = new RawData(new byte[] { 0, 255 }).Bytes.ToArray(),
                    ["empty"] = new StructuredData(),
                }),
        };

        // Act
        var bytes = RecordWireMapper.ToWire(record).ToByteArray();
        var back = RecordWireMapper.FromWire(WireRecord.Parser.ParseFrom(bytes));

        // Assert: equal except that byte[] came back as its base64 string.
        var after = (StructuredData)back.Payload.After!;
        Assert.Equal("AP8=", after["raw"]);
        after["raw"] = new byte[] { 0, 255 };
        Assert.Equal(record, back);
        Assert.Null(back.Payload.Before);
        Assert.IsType<double>(((StructuredData)back.Key!)["id"]);
    }

    [Fact]
    public void FromWire_Numbers_AreAlwaysDoubles()
    {
        // Arrange
        var data = new StructuredData
        {
            ["int"] = 1,
            ["long"] = long.MaxValue,
            ["ulong"] = ulong.MaxValue,
            ["float"] = 1.2f,
            ["decimal"] = 0.1m,
            ["byte"] = (byte)255,
        };

        // Act
        var back = (StructuredData)RecordWireMapper.FromWire(RecordWireMapper.ToWire(data, "key"))!;

        // Assert
        Assert.All(back.Values, v => Assert.IsType<double>(v));
        Assert.Equal(1.0, back["int"]);
        Assert.Equal(9.223372036854775807E+18, back["long"]);
        Assert.Equal(1.8446744073709552E+19, back["ulong"]);
        Assert.Equal(1.2000000476837158, back["float"]);
        Assert.Equal(0.1, back["decimal"]);
        Assert.Equal(255.0, back["byte"]);
    }

    [Fact]
    public void ToWire_Bytes_BecomeBase64StringsLikeStructpb()
    {
        var data = new StructuredData { ["b"] = "hello"u8.ToArray(), ["m"] = new ReadOnlyMemory<byte>([1, 2, 3]) };

        var wire = RecordWireMapper.ToWire(data, "payload.after")!;

        Assert.Equal("aGVsbG8=", wire.StructuredData.Fields["b"].StringValue);
        Assert.Equal("AQID", wire.StructuredData.Fields["m"].StringValue);
    }

    [Fact]
    public void FromWire_NestedStructAndList_BecomeDictionaryAndList()
    {
        // Arrange
        var inner = new Struct { Fields = { ["flag"] = Value.ForBool(false) } };
        var wire = new WireData
        {
            StructuredData = new Struct
            {
                Fields =
                {
                    ["obj"] = Value.ForStruct(inner),
                    ["arr"] = Value.ForList(Value.ForNumber(1), Value.ForNull(), Value.ForString("s")),
                    ["unset"] = new Value(),
                },
            },
        };

        // Act
        var data = (StructuredData)RecordWireMapper.FromWire(wire)!;

        // Assert
        Assert.Equal(false, Assert.IsType<Dictionary<string, object?>>(data["obj"])["flag"]);
        Assert.Equal([1.0, null, "s"], Assert.IsType<List<object?>>(data["arr"]));
        Assert.Null(data["unset"]);
    }

    [Fact]
    public void FromWire_DataWithNoOneofSet_IsNull()
    {
        Assert.Null(RecordWireMapper.FromWire(new WireData()));
        Assert.Null(RecordWireMapper.FromWire((WireData?)null));
    }

    [Fact]
    public void FromWire_NoPayloadMessage_GivesEmptyChange()
    {
        var record = RecordWireMapper.FromWire(new WireRecord { Operation = WireOperation.Delete });

        Assert.NotNull(record.Payload);
        Assert.Null(record.Payload.Before);
        Assert.Null(record.Payload.After);
    }

    [Fact]
    public void ToWire_UnsupportedValue_ThrowsWithPathAndType()
    {
        // Arrange
        var record = new Record
        {
            Key = new StructuredData { ["ok"] = 1 },
            Payload = { After = new StructuredData { ["rows"] = new List<object?> { new Dictionary<string, object?> { ["at"] = TimeSpan.Zero } } } },
        };

        // Act
        var exception = Assert.ThrowsAny<NotSupportedException>(() => RecordWireMapper.ToWire(record));

        // Assert
        Assert.Contains("'payload.after.rows[0].at'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("System.TimeSpan", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToWire_UnsupportedValueInNestedLists_NamesEveryIndex()
    {
        var data = new StructuredData { ["m"] = new object[] { new object[] { 1, Guid.Empty } } };

        var exception = Assert.ThrowsAny<NotSupportedException>(() => RecordWireMapper.ToWire(data, "key"));

        Assert.Contains("'key.m[0][1]'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("convert it to a string or a number first", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToWire_NonStringMapKey_IsRejected()
    {
        var data = new StructuredData { ["m"] = new Dictionary<int, string> { [1] = "a" } };

        var exception = Assert.ThrowsAny<NotSupportedException>(() => RecordWireMapper.ToWire(data, "key"));

        Assert.Contains("'key.m'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("System.Int32", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToWire_Batch_AppendsInOrderAndNamesTheFailingRecord()
    {
        // Arrange
        var good = new[] { new Record { Position = Position.FromString("a") }, new Record { Position = Position.FromString("b") } };
        var bad = new[] { good[0], new Record { Key = new StructuredData { ["x"] = new object() } } };
        var destination = new RepeatedField<WireRecord>();

        // Act
        RecordWireMapper.ToWire(good, destination);
        var exception = Assert.Throws<NotSupportedException>(() => RecordWireMapper.ToWire(bad, new RepeatedField<WireRecord>()));

        // Assert
        Assert.Equal(["a", "b"], destination.Select(r => r.Position.ToStringUtf8()));
        Assert.StartsWith("Record 1 of the batch: Structured data field 'key.x'", exception.Message, StringComparison.Ordinal);
        Assert.Equal(good, RecordWireMapper.FromWire(destination));
    }

    [Fact]
    public void FromWire_Bytes_ShareTheParsedBuffer()
    {
        var wire = new WireRecord { Position = ByteString.CopyFromUtf8("pos"), Key = new WireData { RawData = ByteString.CopyFromUtf8("key") } };

        var record = RecordWireMapper.FromWire(wire);

        Assert.True(record.Position.Bytes.Span == wire.Position.Span);
        Assert.True(((RawData)record.Key!).Bytes.Span == wire.Key.RawData.Span);
    }

    [Fact]
    public void ToWire_Bytes_AreWrappedNotCopied()
    {
        var bytes = "key"u8.ToArray();

        var wire = RecordWireMapper.ToWire(new RawData(bytes), "key")!;

        Assert.True(wire.RawData.Span == bytes.AsSpan());
    }
}
