using System.Buffers;
using System.Text;
using System.Text.Json;
using Conduit.Connector.Sdk.Records.Json;

namespace Conduit.Connector.Sdk;

/// <summary>
/// Converts records to and from OpenCDC JSON, the form Conduit's Go code gives a record (for
/// example in the <c>json</c> record format of destinations and in the log).
/// </summary>
/// <remarks>
/// <para>Writing matches Go's output byte for byte where the models agree:
/// <c>{"position":…,"operation":…,"metadata":{…},"key":…,"payload":{"before":…,"after":…}}</c>, with
/// the position and raw data as base64, the operation as <c>create</c>, <c>update</c>, <c>delete</c>,
/// <c>snapshot</c> (or <c>Operation(N)</c>), map keys sorted by their UTF-8 bytes, numbers formatted
/// like Go (<c>1</c>, <c>1.2</c>, <c>1e+21</c>) and strings escaped like Go. Missing data is
/// <c>null</c>; so are an empty position and empty metadata, as Go writes its nil values.
/// <see cref="decimal"/>, which Go lacks, is written exactly.</para>
/// <para>Reading accepts that shape: for the key and each payload side a string is raw data
/// (base64), an object is structured data and <c>null</c> or a missing field is no data. Numbers in
/// structured data become <see cref="double"/>, nested objects <c>Dictionary&lt;string, object?&gt;</c>
/// and arrays <c>List&lt;object?&gt;</c>, as after a trip through Conduit. Unknown fields are ignored.</para>
/// <para>No reflection is involved, so this works under Native AOT.</para>
/// </remarks>
public static class OpenCdcJson
{
    /// <summary>Serializes a record to an OpenCDC JSON string.</summary>
    /// <param name="record">The record.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="OpenCdcJsonOptions.Default"/>.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="NotSupportedException">Structured data holds a value JSON cannot carry; the message names the field.</exception>
    public static string Serialize(Record record, OpenCdcJsonOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        SerializeTo(buffer, record, options);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Serializes a record to OpenCDC JSON as UTF-8 bytes.</summary>
    /// <param name="record">The record.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="OpenCdcJsonOptions.Default"/>.</param>
    /// <returns>The JSON bytes.</returns>
    /// <exception cref="NotSupportedException">Structured data holds a value JSON cannot carry; the message names the field.</exception>
    public static byte[] SerializeToUtf8Bytes(Record record, OpenCdcJsonOptions? options = null)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        SerializeTo(buffer, record, options);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Serializes a record to OpenCDC JSON, appending UTF-8 bytes to a buffer.</summary>
    /// <param name="destination">The buffer to append to.</param>
    /// <param name="record">The record.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="OpenCdcJsonOptions.Default"/>.</param>
    /// <exception cref="NotSupportedException">
    /// Structured data holds a value JSON cannot carry; the message names the field. Part of the
    /// record may already be in <paramref name="destination"/>.
    /// </exception>
    public static void SerializeTo(IBufferWriter<byte> destination, Record record, OpenCdcJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(record);
        var rawDataAsString = (options ?? OpenCdcJsonOptions.Default).RawDataAsString;
        OpenCdcJsonWriter.WriteRecord(new GoJsonWriter(destination), record, rawDataAsString, lenient: false);
    }

    /// <summary>Deserializes a record from OpenCDC JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="OpenCdcJsonOptions.Default"/>.</param>
    /// <returns>The record.</returns>
    /// <exception cref="JsonException">The text is not JSON or not a record; the message names the field.</exception>
    public static Record Deserialize(string json, OpenCdcJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return DeserializeUtf8(Encoding.UTF8.GetBytes(json), options);
    }

    /// <summary>Deserializes a record from OpenCDC JSON as UTF-8 bytes.</summary>
    /// <param name="utf8Json">The JSON bytes.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="OpenCdcJsonOptions.Default"/>.</param>
    /// <returns>The record.</returns>
    /// <exception cref="JsonException">The bytes are not JSON or not a record; the message names the field.</exception>
    public static Record DeserializeUtf8(ReadOnlySpan<byte> utf8Json, OpenCdcJsonOptions? options = null) =>
        OpenCdcJsonReader.ReadRecord(utf8Json, (options ?? OpenCdcJsonOptions.Default).RawDataAsString);
}
