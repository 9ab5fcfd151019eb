using System.Globalization;

namespace Conduit.Connector.Sdk;

/// <content>Typed accessors for the standard keys listed in <see cref="MetadataKeys"/>.</content>
public sealed partial class Metadata
{
    /// <summary>The value of <see cref="MetadataKeys.OpenCdcVersion"/> this SDK writes.</summary>
    public const string CurrentOpenCdcVersion = "v1";

    /// <summary>Gets the OpenCDC version (<see cref="MetadataKeys.OpenCdcVersion"/>).</summary>
    /// <returns>The value, or <see langword="null"/> when missing or empty.</returns>
    public string? GetOpenCdcVersion() => GetString(MetadataKeys.OpenCdcVersion);

    /// <summary>Sets <see cref="MetadataKeys.OpenCdcVersion"/> to <see cref="CurrentOpenCdcVersion"/>.</summary>
    public void SetOpenCdcVersion() => _values[MetadataKeys.OpenCdcVersion] = CurrentOpenCdcVersion;

    /// <summary>Gets when the record was created in the third-party system (<see cref="MetadataKeys.CreatedAt"/>).</summary>
    /// <returns>The time in UTC (to the 100 ns tick), or <see langword="null"/> when missing or empty.</returns>
    /// <exception cref="FormatException">The value is not unix time in nanoseconds.</exception>
    public DateTimeOffset? GetCreatedAt() => GetUnixNanoseconds(MetadataKeys.CreatedAt);

    /// <summary>Sets when the record was created in the third-party system (<see cref="MetadataKeys.CreatedAt"/>).</summary>
    /// <param name="value">The time, stored as unix nanoseconds.</param>
    /// <exception cref="ArgumentOutOfRangeException">The time is outside the years 1677 to 2262 that unix nanoseconds can hold.</exception>
    public void SetCreatedAt(DateTimeOffset value) => SetUnixNanoseconds(MetadataKeys.CreatedAt, value);

    /// <summary>Gets when the record was read from the third-party system (<see cref="MetadataKeys.ReadAt"/>).</summary>
    /// <returns>The time in UTC (to the 100 ns tick), or <see langword="null"/> when missing or empty.</returns>
    /// <exception cref="FormatException">The value is not unix time in nanoseconds.</exception>
    public DateTimeOffset? GetReadAt() => GetUnixNanoseconds(MetadataKeys.ReadAt);

    /// <summary>Sets when the record was read from the third-party system (<see cref="MetadataKeys.ReadAt"/>).</summary>
    /// <param name="value">The time, stored as unix nanoseconds.</param>
    /// <exception cref="ArgumentOutOfRangeException">The time is outside the years 1677 to 2262 that unix nanoseconds can hold.</exception>
    public void SetReadAt(DateTimeOffset value) => SetUnixNanoseconds(MetadataKeys.ReadAt, value);

    /// <summary>Gets the collection (<see cref="MetadataKeys.Collection"/>).</summary>
    /// <returns>The value, or <see langword="null"/> when missing or empty.</returns>
    public string? GetCollection() => GetString(MetadataKeys.Collection);

    /// <summary>Sets the collection (<see cref="MetadataKeys.Collection"/>).</summary>
    /// <param name="value">The collection.</param>
    public void SetCollection(string value) => SetString(MetadataKeys.Collection, value);

    /// <summary>Gets the subject of the key schema (<see cref="MetadataKeys.KeySchemaSubject"/>).</summary>
    /// <returns>The value, or <see langword="null"/> when missing or empty.</returns>
    public string? GetKeySchemaSubject() => GetString(MetadataKeys.KeySchemaSubject);

    /// <summary>Sets the subject of the key schema (<see cref="MetadataKeys.KeySchemaSubject"/>).</summary>
    /// <param name="value">The subject.</param>
    public void SetKeySchemaSubject(string value) => SetString(MetadataKeys.KeySchemaSubject, value);

    /// <summary>Gets the version of the key schema (<see cref="MetadataKeys.KeySchemaVersion"/>).</summary>
    /// <returns>The version, or <see langword="null"/> when missing or empty.</returns>
    /// <exception cref="FormatException">The value is not an integer.</exception>
    public int? GetKeySchemaVersion() => GetInt32(MetadataKeys.KeySchemaVersion);

    /// <summary>Sets the version of the key schema (<see cref="MetadataKeys.KeySchemaVersion"/>).</summary>
    /// <param name="value">The version.</param>
    public void SetKeySchemaVersion(int value) => _values[MetadataKeys.KeySchemaVersion] = Format(value);

    /// <summary>Gets the subject of the payload schema (<see cref="MetadataKeys.PayloadSchemaSubject"/>).</summary>
    /// <returns>The value, or <see langword="null"/> when missing or empty.</returns>
    public string? GetPayloadSchemaSubject() => GetString(MetadataKeys.PayloadSchemaSubject);

    /// <summary>Sets the subject of the payload schema (<see cref="MetadataKeys.PayloadSchemaSubject"/>).</summary>
    /// <param name="value">The subject.</param>
    public void SetPayloadSchemaSubject(string value) => SetString(MetadataKeys.PayloadSchemaSubject, value);

    /// <summary>Gets the version of the payload schema (<see cref="MetadataKeys.PayloadSchemaVersion"/>).</summary>
    /// <returns>The version, or <see langword="null"/> when missing or empty.</returns>
    /// <exception cref="FormatException">The value is not an integer.</exception>
    public int? GetPayloadSchemaVersion() => GetInt32(MetadataKeys.PayloadSchemaVersion);

    /// <summary>Sets the version of the payload schema (<see cref="MetadataKeys.PayloadSchemaVersion"/>).</summary>
    /// <param name="value">The version.</param>
    public void SetPayloadSchemaVersion(int value) => _values[MetadataKeys.PayloadSchemaVersion] = Format(value);

    /// <summary>Gets the file name (<see cref="MetadataKeys.FileName"/>).</summary>
    /// <returns>The value, or <see langword="null"/> when missing or empty.</returns>
    public string? GetFileName() => GetString(MetadataKeys.FileName);

    /// <summary>Sets the file name (<see cref="MetadataKeys.FileName"/>).</summary>
    /// <param name="value">The file name.</param>
    public void SetFileName(string value) => SetString(MetadataKeys.FileName, value);

    /// <summary>Gets the file size in bytes (<see cref="MetadataKeys.FileSize"/>).</summary>
    /// <returns>The size, or <see langword="null"/> when missing or empty.</returns>
    /// <exception cref="FormatException">The value is not a 64-bit integer.</exception>
    public long? GetFileSize()
    {
        var text = GetString(MetadataKeys.FileSize);
        if (text is null)
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Malformed(MetadataKeys.FileSize, text, "a 64-bit integer");
    }

    /// <summary>Sets the file size in bytes (<see cref="MetadataKeys.FileSize"/>).</summary>
    /// <param name="value">The size.</param>
    public void SetFileSize(long value) => _values[MetadataKeys.FileSize] = value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Gets the file hash (<see cref="MetadataKeys.FileHash"/>).</summary>
    /// <returns>The value, or <see langword="null"/> when missing or empty.</returns>
    public string? GetFileHash() => GetString(MetadataKeys.FileHash);

    /// <summary>Sets the file hash (<see cref="MetadataKeys.FileHash"/>).</summary>
    /// <param name="value">The hash.</param>
    public void SetFileHash(string value) => SetString(MetadataKeys.FileHash, value);

    /// <summary>Gets whether the record holds one chunk of a file (<see cref="MetadataKeys.FileChunked"/>).</summary>
    /// <returns>The flag, or <see langword="null"/> when missing or empty.</returns>
    /// <exception cref="FormatException">
    /// The value is not a boolean as Go's <c>strconv.ParseBool</c> reads it (<c>true</c>, <c>True</c>,
    /// <c>TRUE</c>, <c>t</c>, <c>T</c>, <c>1</c> and their false counterparts).
    /// </exception>
    public bool? GetFileChunked()
    {
        var text = GetString(MetadataKeys.FileChunked);
        return text switch
        {
            null => null,
            "1" or "t" or "T" or "true" or "TRUE" or "True" => true,
            "0" or "f" or "F" or "false" or "FALSE" or "False" => false,
            _ => throw Malformed(MetadataKeys.FileChunked, text, "a boolean"),
        };
    }

    /// <summary>Sets whether the record holds one chunk of a file (<see cref="MetadataKeys.FileChunked"/>).</summary>
    /// <param name="value">The flag, stored as <c>true</c> or <c>false</c>.</param>
    public void SetFileChunked(bool value) => _values[MetadataKeys.FileChunked] = value ? "true" : "false";

    /// <summary>Gets the one-based index of the chunk (<see cref="MetadataKeys.FileChunkIndex"/>).</summary>
    /// <returns>The index, or <see langword="null"/> when missing or empty.</returns>
    /// <exception cref="FormatException">The value is not an integer.</exception>
    public int? GetFileChunkIndex() => GetInt32(MetadataKeys.FileChunkIndex);

    /// <summary>Sets the one-based index of the chunk (<see cref="MetadataKeys.FileChunkIndex"/>).</summary>
    /// <param name="value">The index.</param>
    public void SetFileChunkIndex(int value) => _values[MetadataKeys.FileChunkIndex] = Format(value);

    /// <summary>Gets the number of chunks of the file (<see cref="MetadataKeys.FileChunkCount"/>).</summary>
    /// <returns>The count, or <see langword="null"/> when missing or empty.</returns>
    /// <exception cref="FormatException">The value is not an integer.</exception>
    public int? GetFileChunkCount() => GetInt32(MetadataKeys.FileChunkCount);

    /// <summary>Sets the number of chunks of the file (<see cref="MetadataKeys.FileChunkCount"/>).</summary>
    /// <param name="value">The count.</param>
    public void SetFileChunkCount(int value) => _values[MetadataKeys.FileChunkCount] = Format(value);

    /// <summary>Gets the name of the source plugin (<see cref="MetadataKeys.ConduitSourcePluginName"/>).</summary>
    /// <returns>The value, or <see langword="null"/> when missing or empty.</returns>
    public string? GetConduitSourcePluginName() => GetString(MetadataKeys.ConduitSourcePluginName);

    /// <summary>Sets the name of the source plugin (<see cref="MetadataKeys.ConduitSourcePluginName"/>).</summary>
    /// <param name="value">The name.</param>
    public void SetConduitSourcePluginName(string value) => SetString(MetadataKeys.ConduitSourcePluginName, value);

    /// <summary>Gets the version of the source plugin (<see cref="MetadataKeys.ConduitSourcePluginVersion"/>).</summary>
    /// <returns>The value, or <see langword="null"/> when missing or empty.</returns>
    public string? GetConduitSourcePluginVersion() => GetString(MetadataKeys.ConduitSourcePluginVersion);

    /// <summary>Sets the version of the source plugin (<see cref="MetadataKeys.ConduitSourcePluginVersion"/>).</summary>
    /// <param name="value">The version.</param>
    public void SetConduitSourcePluginVersion(string value) => SetString(MetadataKeys.ConduitSourcePluginVersion, value);

    /// <summary>Gets the name of the destination plugin (<see cref="MetadataKeys.ConduitDestinationPluginName"/>).</summary>
    /// <returns>The value, or <see langword="null"/> when missing or empty.</returns>
    public string? GetConduitDestinationPluginName() => GetString(MetadataKeys.ConduitDestinationPluginName);

    /// <summary>Sets the name of the destination plugin (<see cref="MetadataKeys.ConduitDestinationPluginName"/>).</summary>
    /// <param name="value">The name.</param>
    public void SetConduitDestinationPluginName(string value) => SetString(MetadataKeys.ConduitDestinationPluginName, value);

    /// <summary>Gets the version of the destination plugin (<see cref="MetadataKeys.ConduitDestinationPluginVersion"/>).</summary>
    /// <returns>The value, or <see langword="null"/> when missing or empty.</returns>
    public string? GetConduitDestinationPluginVersion() => GetString(MetadataKeys.ConduitDestinationPluginVersion);

    /// <summary>Sets the version of the destination plugin (<see cref="MetadataKeys.ConduitDestinationPluginVersion"/>).</summary>
    /// <param name="value">The version.</param>
    public void SetConduitDestinationPluginVersion(string value) => SetString(MetadataKeys.ConduitDestinationPluginVersion, value);

    /// <summary>Gets the ID of the source connector (<see cref="MetadataKeys.ConduitSourceConnectorId"/>).</summary>
    /// <returns>The value, or <see langword="null"/> when missing or empty.</returns>
    public string? GetConduitSourceConnectorId() => GetString(MetadataKeys.ConduitSourceConnectorId);

    /// <summary>Sets the ID of the source connector (<see cref="MetadataKeys.ConduitSourceConnectorId"/>).</summary>
    /// <param name="value">The ID.</param>
    public void SetConduitSourceConnectorId(string value) => SetString(MetadataKeys.ConduitSourceConnectorId, value);

    /// <summary>Gets the error that sent the record to the dead-letter queue (<see cref="MetadataKeys.ConduitDlqNackError"/>).</summary>
    /// <returns>The value, or <see langword="null"/> when missing or empty.</returns>
    public string? GetConduitDlqNackError() => GetString(MetadataKeys.ConduitDlqNackError);

    /// <summary>Sets the error that sent the record to the dead-letter queue (<see cref="MetadataKeys.ConduitDlqNackError"/>).</summary>
    /// <param name="value">The error message.</param>
    public void SetConduitDlqNackError(string value) => SetString(MetadataKeys.ConduitDlqNackError, value);

    /// <summary>Gets the ID of the node that nacked the record (<see cref="MetadataKeys.ConduitDlqNackNodeId"/>).</summary>
    /// <returns>The value, or <see langword="null"/> when missing or empty.</returns>
    public string? GetConduitDlqNackNodeId() => GetString(MetadataKeys.ConduitDlqNackNodeId);

    /// <summary>Sets the ID of the node that nacked the record (<see cref="MetadataKeys.ConduitDlqNackNodeId"/>).</summary>
    /// <param name="value">The node ID.</param>
    public void SetConduitDlqNackNodeId(string value) => SetString(MetadataKeys.ConduitDlqNackNodeId, value);

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static FormatException Malformed(string key, string value, string expected) =>
        new($"Metadata key '{key}' has the value '{value}', which is not {expected}.");

    private string? GetString(string key) =>
        _values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    private void SetString(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _values[key] = value;
    }

    private int? GetInt32(string key)
    {
        var text = GetString(key);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Malformed(key, text, "a 32-bit integer");
    }

    private DateTimeOffset? GetUnixNanoseconds(string key)
    {
        var text = GetString(key);
        if (text is null)
        {
            return null;
        }

        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var nanoseconds))
        {
            throw Malformed(key, text, "unix time in nanoseconds");
        }

        // A tick is 100 ns; round towards the past so times before 1970 stay ordered.
        var ticks = Math.DivRem(nanoseconds, 100, out var remainder);
        if (remainder < 0)
        {
            ticks--;
        }

        return DateTimeOffset.UnixEpoch.AddTicks(ticks);
    }

    private void SetUnixNanoseconds(string key, DateTimeOffset value)
    {
        var ticks = value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        if (ticks is > long.MaxValue / 100 or < long.MinValue / 100)
        {
            throw new ArgumentOutOfRangeException(
                nameof(value), value, "Unix time in nanoseconds only covers the years 1677 to 2262.");
        }

        _values[key] = (ticks * 100).ToString(CultureInfo.InvariantCulture);
    }
}
