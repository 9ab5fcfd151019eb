namespace Conduit.Connector.Sdk.Tests.Records;

public sealed class MetadataTests
{
    [Fact]
    public void SetReadAt_Time_StoresUnixNanosecondsText()
    {
        // Arrange
        var metadata = new Metadata();
        var time = DateTimeOffset.UnixEpoch.AddSeconds(1_700_000_000).AddTicks(1234567);

        // Act
        metadata.SetReadAt(time);

        // Assert
        Assert.Equal("1700000000123456700", metadata[MetadataKeys.ReadAt]);
        Assert.Equal(time, metadata.GetReadAt());
    }

    [Fact]
    public void GetCreatedAt_GoNanoseconds_ReadsToTheTick()
    {
        var metadata = new Metadata { [MetadataKeys.CreatedAt] = "1700000000123456789" };

        var createdAt = metadata.GetCreatedAt();

        Assert.Equal(new DateTimeOffset(2023, 11, 14, 22, 13, 20, TimeSpan.Zero).AddTicks(1234567), createdAt);
        Assert.Equal(TimeSpan.Zero, createdAt!.Value.Offset);
    }

    [Fact]
    public void GetCreatedAt_BeforeEpoch_RoundsTowardsThePast()
    {
        var metadata = new Metadata { [MetadataKeys.CreatedAt] = "-150" };

        Assert.Equal(DateTimeOffset.UnixEpoch.AddTicks(-2), metadata.GetCreatedAt());
    }

    [Fact]
    public void SetCreatedAt_NonUtcOffset_StoresTheInstant()
    {
        var metadata = new Metadata();

        metadata.SetCreatedAt(new DateTimeOffset(1970, 1, 1, 2, 0, 1, TimeSpan.FromHours(2)));

        Assert.Equal("1000000000", metadata[MetadataKeys.CreatedAt]);
    }

    [Fact]
    public void SetCreatedAt_OutOfNanosecondRange_Throws()
    {
        var metadata = new Metadata();

        Assert.Throws<ArgumentOutOfRangeException>(() => metadata.SetCreatedAt(new DateTimeOffset(2300, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Getters_MissingOrEmptyValue_ReturnNull()
    {
        // Arrange
        var metadata = new Metadata
        {
            [MetadataKeys.Collection] = string.Empty,
            [MetadataKeys.ReadAt] = string.Empty,
            [MetadataKeys.KeySchemaVersion] = string.Empty,
        };

        // Act / Assert
        Assert.Null(metadata.GetCollection());
        Assert.Null(metadata.GetReadAt());
        Assert.Null(metadata.GetKeySchemaVersion());
        Assert.Null(metadata.GetCreatedAt());
        Assert.Null(metadata.GetFileSize());
        Assert.Null(metadata.GetFileChunked());
        Assert.Null(metadata.GetOpenCdcVersion());
    }

    [Theory]
    [InlineData(MetadataKeys.ReadAt, "yesterday")]
    [InlineData(MetadataKeys.CreatedAt, "1.5")]
    [InlineData(MetadataKeys.KeySchemaVersion, "v2")]
    [InlineData(MetadataKeys.PayloadSchemaVersion, "99999999999")]
    [InlineData(MetadataKeys.FileSize, "12kb")]
    [InlineData(MetadataKeys.FileChunked, "yes")]
    [InlineData(MetadataKeys.FileChunkIndex, " 1")]
    [InlineData(MetadataKeys.FileChunkCount, "many")]
    public void Getters_MalformedValue_ThrowFormatExceptionNamingKeyAndValue(string key, string value)
    {
        // Arrange
        var metadata = new Metadata { [key] = value };

        // Act
        var exception = Assert.Throws<FormatException>(() => Read(metadata, key));

        // Assert
        Assert.Contains($"'{key}'", exception.Message, StringComparison.Ordinal);
        Assert.Contains($"'{value}'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TypedSetters_WriteTheTextGoExpects()
    {
        // Arrange
        var metadata = new Metadata();

        // Act
        metadata.SetOpenCdcVersion();
        metadata.SetCollection("users");
        metadata.SetKeySchemaSubject("users.key");
        metadata.SetKeySchemaVersion(3);
        metadata.SetPayloadSchemaSubject("users.payload");
        metadata.SetPayloadSchemaVersion(-1);
        metadata.SetFileName("a.csv");
        metadata.SetFileSize(5_000_000_000);
        metadata.SetFileHash("abc");
        metadata.SetFileChunked(true);
        metadata.SetFileChunkIndex(1);
        metadata.SetFileChunkCount(4);
        metadata.SetConduitSourcePluginName("src");
        metadata.SetConduitSourcePluginVersion("v1.0.0");
        metadata.SetConduitDestinationPluginName("dst");
        metadata.SetConduitDestinationPluginVersion("v2.0.0");
        metadata.SetConduitSourceConnectorId("pipeline:source");
        metadata.SetConduitDlqNackError("boom");
        metadata.SetConduitDlqNackNodeId("node-1");

        // Assert: the raw text, then the typed view.
        Assert.Equal("v1", metadata["opencdc.version"]);
        Assert.Equal("3", metadata["opencdc.key.schema.version"]);
        Assert.Equal("-1", metadata["opencdc.payload.schema.version"]);
        Assert.Equal("5000000000", metadata["opencdc.file.size"]);
        Assert.Equal("true", metadata["opencdc.file.chunked"]);
        Assert.Equal("pipeline:source", metadata["conduit.source.connector.id"]);
        Assert.Equal("v1", metadata.GetOpenCdcVersion());
        Assert.Equal("users", metadata.GetCollection());
        Assert.Equal("users.key", metadata.GetKeySchemaSubject());
        Assert.Equal(3, metadata.GetKeySchemaVersion());
        Assert.Equal("users.payload", metadata.GetPayloadSchemaSubject());
        Assert.Equal(-1, metadata.GetPayloadSchemaVersion());
        Assert.Equal("a.csv", metadata.GetFileName());
        Assert.Equal(5_000_000_000, metadata.GetFileSize());
        Assert.Equal("abc", metadata.GetFileHash());
        Assert.True(metadata.GetFileChunked());
        Assert.Equal(1, metadata.GetFileChunkIndex());
        Assert.Equal(4, metadata.GetFileChunkCount());
        Assert.Equal("src", metadata.GetConduitSourcePluginName());
        Assert.Equal("v1.0.0", metadata.GetConduitSourcePluginVersion());
        Assert.Equal("dst", metadata.GetConduitDestinationPluginName());
        Assert.Equal("v2.0.0", metadata.GetConduitDestinationPluginVersion());
        Assert.Equal("pipeline:source", metadata.GetConduitSourceConnectorId());
        Assert.Equal("boom", metadata.GetConduitDlqNackError());
        Assert.Equal("node-1", metadata.GetConduitDlqNackNodeId());
        Assert.Equal(19, metadata.Count);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("t", true)]
    [InlineData("TRUE", true)]
    [InlineData("True", true)]
    [InlineData("0", false)]
    [InlineData("F", false)]
    [InlineData("false", false)]
    public void GetFileChunked_GoBooleanSpellings_Parse(string text, bool expected)
    {
        var metadata = new Metadata { [MetadataKeys.FileChunked] = text };

        Assert.Equal(expected, metadata.GetFileChunked());
    }

    [Fact]
    public void Keys_AreOrdinal()
    {
        var metadata = new Metadata { ["Key"] = "upper" };

        Assert.False(metadata.ContainsKey("key"));
        Assert.Null(new Metadata { ["OPENCDC.COLLECTION"] = "x" }.GetCollection());
    }

    [Fact]
    public void Equals_SameEntriesInAnotherOrder_IsEqualWithSameHash()
    {
        var a = new Metadata { ["a"] = "1", ["b"] = "2" };
        var b = new Metadata { ["b"] = "2", ["a"] = "1" };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new Metadata { ["a"] = "1", ["b"] = "3" });
        Assert.NotEqual(a, new Metadata { ["a"] = "1" });
    }

    [Fact]
    public void Clone_IsIndependent()
    {
        var original = new Metadata { ["a"] = "1" };

        var copy = original.Clone();
        copy["a"] = "2";
        copy["b"] = "3";

        Assert.Equal("1", original["a"]);
        Assert.Single(original);
    }

    [Fact]
    public void Indexer_NullValue_Throws()
    {
        var metadata = new Metadata();

        Assert.Throws<ArgumentNullException>(() => metadata["a"] = null!);
        Assert.Throws<ArgumentNullException>(() => metadata.SetCollection(null!));
    }

    [Fact]
    public void ToString_SortedJsonObject()
    {
        Assert.Equal("""{"a":"1","b":"2"}""", new Metadata { ["b"] = "2", ["a"] = "1" }.ToString());
        Assert.Equal("{}", new Metadata().ToString());
    }

    private static object? Read(Metadata metadata, string key) => key switch
    {
        MetadataKeys.ReadAt => metadata.GetReadAt(),
        MetadataKeys.CreatedAt => metadata.GetCreatedAt(),
        MetadataKeys.KeySchemaVersion => metadata.GetKeySchemaVersion(),
        MetadataKeys.PayloadSchemaVersion => metadata.GetPayloadSchemaVersion(),
        MetadataKeys.FileSize => metadata.GetFileSize(),
        MetadataKeys.FileChunked => metadata.GetFileChunked(),
        MetadataKeys.FileChunkIndex => metadata.GetFileChunkIndex(),
        MetadataKeys.FileChunkCount => metadata.GetFileChunkCount(),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, null),
    };
}
