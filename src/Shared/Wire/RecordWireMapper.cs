// TEMPORARY (runtime branch): replaced by the records branch's mapper at merge.
using Google.Protobuf;
using Google.Protobuf.Collections;

namespace Conduit.Connector.Sdk.Protocol.Wire;

internal static class RecordWireMapper
{
    public static ByteString ToByteString(Position position) => UnsafeByteOperations.UnsafeWrap(position.Bytes);

    public static Position ToPosition(ByteString bytes) => new(bytes.ToByteArray());

    public static void AddTo(RepeatedField<OpenCdc.Record> target, IReadOnlyList<Record> batch)
    {
        foreach (var record in batch)
        {
            target.Add(ToWire(record));
        }
    }

    public static IReadOnlyList<Record> FromWire(RepeatedField<OpenCdc.Record> records)
    {
        var result = new Record[records.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = FromWire(records[i]);
        }

        return result;
    }

    public static OpenCdc.Record ToWire(Record record)
    {
        var wire = new OpenCdc.Record { Position = ToByteString(record.Position), Operation = (OpenCdc.Operation)record.Operation };
        wire.Metadata.Add(record.Metadata);
        wire.Key = ToWire(record.Key);
        wire.Payload = new OpenCdc.Change { Before = ToWire(record.Payload.Before), After = ToWire(record.Payload.After) };
        return wire;
    }

    public static Record FromWire(OpenCdc.Record wire)
    {
        var record = new Record { Position = ToPosition(wire.Position), Operation = (Operation)wire.Operation, Key = FromWire(wire.Key) };
        foreach (var kv in wire.Metadata)
        {
            record.Metadata[kv.Key] = kv.Value;
        }

        record.Payload = new Change { Before = FromWire(wire.Payload?.Before), After = FromWire(wire.Payload?.After) };
        return record;
    }

    private static OpenCdc.Data? ToWire(Data? data) => data switch
    {
        RawData raw => new OpenCdc.Data { RawData = UnsafeByteOperations.UnsafeWrap(raw.Bytes) },
        _ => null,
    };

    private static Data? FromWire(OpenCdc.Data? data) => data?.DataCase switch
    {
        OpenCdc.Data.DataOneofCase.RawData => new RawData(data.RawData.ToByteArray()),
        _ => null,
    };
}
