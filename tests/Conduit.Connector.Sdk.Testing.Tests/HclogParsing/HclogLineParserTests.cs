using Conduit.Connector.Sdk.Testing.HclogParsing;
using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Testing.Tests.HclogParsing;

public sealed class HclogLineParserTests
{
    [Fact]
    public void FullEntry_ParsedWithFields()
    {
        const string Line = """{"@level":"info","@message":"source opened","@timestamp":"2025-11-25T01:23:45.123456Z","@module":"connector","records":3,"nested":{"a":true}}""";

        Assert.True(HclogLineParser.TryParse(Line, out var entry, out var malformed), malformed?.ToString());

        Assert.Equal(LogLevel.Information, entry!.Level);
        Assert.Equal("info", entry.LevelText);
        Assert.Equal("source opened", entry.Message);
        Assert.Equal(new DateTimeOffset(2025, 11, 25, 1, 23, 45, TimeSpan.Zero).AddTicks(1234560), entry.Timestamp);
        Assert.Equal(["@module", "nested", "records"], entry.Fields.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(3, entry.Fields["records"].GetInt32());
        Assert.Equal(Line, entry.Line);
    }

    [Theory]
    [InlineData("trace", LogLevel.Trace)]
    [InlineData("debug", LogLevel.Debug)]
    [InlineData("info", LogLevel.Information)]
    [InlineData("warn", LogLevel.Warning)]
    [InlineData("error", LogLevel.Error)]
    [InlineData(" ERROR ", LogLevel.Error)]
    [InlineData("Info", LogLevel.Information)]
    public void KnownLevel_MappedLikeHclog(string level, LogLevel expected)
    {
        Assert.True(HclogLineParser.TryParse($$"""{"@level":"{{level}}","@message":"m"}""", out var entry, out _));
        Assert.Equal(expected, entry!.Level);
    }

    [Fact]
    public void NoTimestamp_Accepted()
    {
        Assert.True(HclogLineParser.TryParse("""{"@level":"debug","@message":"m"}""", out var entry, out _));
        Assert.Null(entry!.Timestamp);
    }

    [Theory]
    [InlineData("2025-11-25T01:23:45.123456+02:00")]
    [InlineData("2025-11-25T01:23:45.000000-07:30")]
    public void TimestampWithOffset_Accepted(string timestamp)
    {
        Assert.True(HclogLineParser.TryParse($$"""{"@level":"info","@message":"m","@timestamp":"{{timestamp}}"}""", out var entry, out var malformed), malformed?.ToString());
        Assert.Equal(DateTimeOffset.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture), entry!.Timestamp);
    }

    [Theory]
    [InlineData("2025-11-25T01:23:45.1234567Z")] // .NET's round-trip "o" format: seven digits
    [InlineData("2025-11-25T01:23:45.123Z")]
    [InlineData("2025-11-25T01:23:45Z")]
    [InlineData("2025-11-25 01:23:45.123456Z")]
    [InlineData("2025-11-25T01:23:45.123456")]
    [InlineData("2025-11-25T01:23:45.123456z")]
    [InlineData("2025-11-25T01:23:45.123456+0200")]
    [InlineData("2025-13-25T01:23:45.123456Z")]
    [InlineData("2025-11-25T25:23:45.123456Z")]
    public void TimestampNotInGoLayout_Malformed(string timestamp)
    {
        Assert.False(HclogLineParser.TryParse($$"""{"@level":"info","@message":"m","@timestamp":"{{timestamp}}"}""", out var entry, out var malformed));
        Assert.Null(entry);
        Assert.Contains("Go layout", malformed!.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"@message":"no level"}""", "no @level")]
    [InlineData("null", "no @level")]
    [InlineData("""{"@level":"fatal","@message":"m"}""", "unknown @level")]
    [InlineData("""{"@level":"information","@message":"m"}""", "unknown @level")]
    [InlineData("""{"@level":"off","@message":"m"}""", "unknown @level")]
    [InlineData("""{"@level":"info","@message":42}""", "@message is not a string")]
    [InlineData("""{"@level":null,"@message":"m"}""", "@level is not a string")]
    [InlineData("""{"@level":"info","@timestamp":1700000000}""", "@timestamp is not a string")]
    [InlineData("plain text", "not JSON")]
    [InlineData("[INFO] prefixed", "not JSON")]
    [InlineData("""{"@level":"info"} trailing""", "not JSON")]
    [InlineData("""["@level","info"]""", "not a JSON object")]
    [InlineData("\"text\"", "not a JSON object")]
    public void NotAnHclogEntry_MalformedWithReason(string line, string reason)
    {
        Assert.False(HclogLineParser.TryParse(line, out var entry, out var malformed));
        Assert.Null(entry);
        Assert.Equal(line, malformed!.Line);
        Assert.Contains(reason, malformed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void LineLongerThanGoPluginBuffer_Malformed()
    {
        var line = $$"""{"@level":"info","@message":"{{new string('x', 64 * 1024)}}"}""";

        Assert.False(HclogLineParser.TryParse(line, out _, out var malformed));
        Assert.Contains("64 KiB", malformed!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void LineJustUnderGoPluginBuffer_Parsed()
    {
        const string Prefix = "{\"@level\":\"info\",\"@message\":\"";
        var line = Prefix + new string('x', (64 * 1024) - Prefix.Length - 3) + "\"}";

        Assert.Equal((64 * 1024) - 1, line.Length);
        Assert.True(HclogLineParser.TryParse(line, out _, out var malformed), malformed?.ToString());
    }
}
