using System.Buffers.Binary;
using System.Globalization;
using Google.Protobuf;
using OpenCdc = Conduit.Connector.Sdk.Protocol.Wire.OpenCdc;
using V2 = Conduit.Connector.Sdk.Protocol.Wire.V2;

namespace Conduit.Connector.Sdk.ThroughputBenchmark;

/// <summary>
/// Prebuilt wire messages shaped like the generator sample's raw records: a numeric text position,
/// an 8-byte key, a 1 KiB payload in <c>after</c>, and the <c>opencdc.readAt</c> metadata.
/// </summary>
internal static class WireRecords
{
    public const int PayloadSize = 1024;

    public static OpenCdc.Record Create(long number)
    {
        var key = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(key, number);
        var payload = new byte[PayloadSize];
        for (var i = 0; i < payload.Length; i++)
        {
            payload[i] = (byte)('a' + (i % 26));
        }

        var record = new OpenCdc.Record
        {
            Position = ByteString.CopyFromUtf8(number.ToString(CultureInfo.InvariantCulture)),
            Operation = OpenCdc.Operation.Create,
            Key = new OpenCdc.Data { RawData = UnsafeByteOperations.UnsafeWrap(key) },
            Payload = new OpenCdc.Change { After = new OpenCdc.Data { RawData = UnsafeByteOperations.UnsafeWrap(payload) } },
        };
        record.Metadata.Add("opencdc.readAt", "1764039600000000000");
        return record;
    }

    public static V2.Source.Types.Run.Types.Response SourceResponse(int batch)
    {
        var response = new V2.Source.Types.Run.Types.Response();
        for (var i = 1; i <= batch; i++)
        {
            response.Records.Add(Create(1_000_000 + i));
        }

        return response;
    }

    public static V2.Destination.Types.Run.Types.Request DestinationRequest(int batch)
    {
        var request = new V2.Destination.Types.Run.Types.Request();
        for (var i = 1; i <= batch; i++)
        {
            request.Records.Add(Create(1_000_000 + i));
        }

        return request;
    }
}
