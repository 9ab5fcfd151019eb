using Conduit.Connector.Sdk.Records;
using Google.Protobuf;
using Google.Protobuf.Collections;
using WireChange = Conduit.Connector.Sdk.Protocol.Wire.OpenCdc.Change;
using WireData = Conduit.Connector.Sdk.Protocol.Wire.OpenCdc.Data;
using WireOperation = Conduit.Connector.Sdk.Protocol.Wire.OpenCdc.Operation;
using WireRecord = Conduit.Connector.Sdk.Protocol.Wire.OpenCdc.Record;

namespace Conduit.Connector.Sdk.Wire;

/// <summary>
/// Maps records to and from <c>opencdc.v1.Record</c> as conduit-commons does: the payload is
/// always present on the wire (possibly empty), missing data stays absent, operations keep their
/// number (unknown ones included), structured data goes through <see cref="StructWireMapper"/>.
/// </summary>
/// <remarks>
/// Bytes are not copied in either direction: the position and raw data of an outgoing record are
/// wrapped with <see cref="UnsafeByteOperations.UnsafeWrap(ReadOnlyMemory{byte})"/> (the SDK owns the
/// record once the author hands it over, and the message is serialized before the record can
/// change), and incoming ones share the memory of the parsed, immutable <see cref="ByteString"/>.
/// This file is compiled into both the SDK and its testing library, so it uses only the public
/// record types, the generated wire types and Google.Protobuf.
/// </remarks>
internal static class RecordWireMapper
{
    /// <summary>Converts a record to its wire form.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The wire record.</returns>
    /// <exception cref="NotSupportedException">Structured data holds a value protobuf cannot carry; the message names the field.</exception>
    public static WireRecord ToWire(Record record)
    {
        var wire = new WireRecord
        {
            Position = Wrap(record.Position.Bytes),
            Operation = (WireOperation)(int)record.Operation,
            Key = ToWire(record.Key, "key"),
            Payload = new WireChange
            {
                Before = ToWire(record.Payload.Before, "payload.before"),
                After = ToWire(record.Payload.After, "payload.after"),
            },
        };
        var metadata = wire.Metadata;
        foreach (var (key, value) in record.Metadata)
        {
            metadata.Add(key, value);
        }

        return wire;
    }

    /// <summary>Converts a batch of records, appending them to a repeated field.</summary>
    /// <param name="records">The records.</param>
    /// <param name="destination">The field to append to.</param>
    /// <exception cref="NotSupportedException">A record holds a value protobuf cannot carry; the message names the record's index and the field.</exception>
    public static void ToWire(IReadOnlyList<Record> records, RepeatedField<WireRecord> destination)
    {
        destination.Capacity = Math.Max(destination.Capacity, destination.Count + records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            try
            {
                destination.Add(ToWire(records[i]));
            }
            catch (StructuredValueException e)
            {
                throw new NotSupportedException($"Record {i} of the batch: {e.Message}", e);
            }
        }
    }

    /// <summary>Converts a record from its wire form.</summary>
    /// <param name="wire">The wire record.</param>
    /// <returns>The record.</returns>
    public static Record FromWire(WireRecord wire)
    {
        var record = new Record
        {
            Position = new Position(wire.Position.Memory),
            Operation = (Operation)(int)wire.Operation,
            Key = FromWire(wire.Key),
        };
        var payload = wire.Payload;
        if (payload is not null)
        {
            record.Payload.Before = FromWire(payload.Before);
            record.Payload.After = FromWire(payload.After);
        }

        var metadata = record.Metadata;
        foreach (var (key, value) in wire.Metadata)
        {
            metadata.Add(key, value);
        }

        return record;
    }

    /// <summary>Converts a batch of records from their wire form.</summary>
    /// <param name="records">The wire records.</param>
    /// <returns>The records, in the same order.</returns>
    public static Record[] FromWire(IReadOnlyList<WireRecord> records)
    {
        var result = new Record[records.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = FromWire(records[i]);
        }

        return result;
    }

    /// <summary>Converts data to its wire form.</summary>
    /// <param name="data">The data, or <see langword="null"/>.</param>
    /// <param name="path">Where the data sits in the record (<c>key</c>, <c>payload.after</c> …), for error messages.</param>
    /// <returns>The wire data, or <see langword="null"/> when there is none.</returns>
    /// <exception cref="StructuredValueException">Structured data holds a value protobuf cannot carry.</exception>
    public static WireData? ToWire(Data? data, string path)
    {
        switch (data)
        {
            case null:
                return null;
            case RawData raw:
                return new WireData { RawData = Wrap(raw.Bytes) };
            default:
                try
                {
                    return new WireData { StructuredData = StructWireMapper.ToStruct((StructuredData)data) };
                }
                catch (StructuredValueException e)
                {
                    throw e.AtKey(path);
                }
        }
    }

    /// <summary>Converts data from its wire form.</summary>
    /// <param name="wire">The wire data, or <see langword="null"/>.</param>
    /// <returns>The data, or <see langword="null"/> when absent or when neither side of the oneof is set.</returns>
    public static Data? FromWire(WireData? wire) => wire?.DataCase switch
    {
        WireData.DataOneofCase.RawData => new RawData(wire.RawData.Memory),
        WireData.DataOneofCase.StructuredData => StructWireMapper.FromStruct(wire.StructuredData),
        _ => null,
    };

    private static ByteString Wrap(ReadOnlyMemory<byte> bytes) =>
        bytes.IsEmpty ? ByteString.Empty : UnsafeByteOperations.UnsafeWrap(bytes);
}
