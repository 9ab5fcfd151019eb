using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Conduit.Connector.Sdk.Hosting.Logging;
using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Tests.Hosting;

public sealed partial class HclogLoggerTests
{
    private static readonly DateTimeOffset Now = new DateTimeOffset(2024, 3, 5, 7, 8, 9, TimeSpan.Zero).AddTicks(1234567);

    [Fact]
    public void Log_TemplateWithValues_WritesOneHclogJsonLine()
    {
        // Arrange
        var log = new CapturedLog(time: new FixedTimeProvider(Now));
        var logger = log.Provider.CreateLogger("My.Category");

        // Act
        logger.LogInformation("Read {Count} records from {Table} in {Seconds} s ({Done})", 42, "orders", 1.5, true);

        // Assert
        Assert.EndsWith("\n", log.Text, StringComparison.Ordinal);
        var entry = Assert.Single(log.Entries);
        Assert.Equal("info", entry.GetProperty("@level").GetString());
        Assert.Equal("Read 42 records from orders in 1.5 s (True)", entry.GetProperty("@message").GetString());
        Assert.Equal("2024-03-05T07:08:09.123456Z", entry.GetProperty("@timestamp").GetString());
        Assert.Equal("My.Category", entry.GetProperty("@module").GetString());
        Assert.Equal(42, entry.GetProperty("Count").GetInt32());
        Assert.Equal(JsonValueKind.Number, entry.GetProperty("Count").ValueKind);
        Assert.Equal("orders", entry.GetProperty("Table").GetString());
        Assert.Equal(1.5, entry.GetProperty("Seconds").GetDouble());
        Assert.True(entry.GetProperty("Done").GetBoolean());
        Assert.False(entry.TryGetProperty("{OriginalFormat}", out _));
        Assert.False(entry.TryGetProperty("log_truncated", out _));
    }

    [Fact]
    public void Log_SystemClock_TimestampHasExactlySixFractionalDigits()
    {
        // Arrange
        var log = new CapturedLog();

        // Act
        log.Provider.CreateLogger("x").LogWarning("now");

        // Assert: Go layout 2006-01-02T15:04:05.000000Z07:00 with a UTC zone.
        var timestamp = Assert.Single(log.Entries).GetProperty("@timestamp").GetString()!;
        Assert.Matches(TimestampShape(), timestamp);
    }

    [Theory]
    [InlineData(LogLevel.Trace, "trace")]
    [InlineData(LogLevel.Debug, "debug")]
    [InlineData(LogLevel.Information, "info")]
    [InlineData(LogLevel.Warning, "warn")]
    [InlineData(LogLevel.Error, "error")]
    [InlineData(LogLevel.Critical, "error")]
    public void Log_EachLevel_MapsToHclogName(LogLevel level, string expected)
    {
        // Arrange
        var log = new CapturedLog();

        // Act
        log.Provider.CreateLogger("x").Log(level, "message");

        // Assert
        Assert.Equal(expected, Assert.Single(log.Entries).GetProperty("@level").GetString());
    }

    [Fact]
    public void Log_BelowMinimumLevel_WritesNothing()
    {
        // Arrange
        var log = new CapturedLog(LogLevel.Warning);
        var logger = log.Provider.CreateLogger("x");

        // Act
        logger.LogInformation("hidden");
        logger.LogDebug("hidden");
        logger.LogError("shown");

        // Assert
        Assert.False(logger.IsEnabled(LogLevel.Information));
        Assert.False(logger.IsEnabled(LogLevel.None));
        Assert.Equal("shown", Assert.Single(log.Entries).GetProperty("@message").GetString());
    }

    [Fact]
    public void Log_Exception_WritesErrorMessageAndFullExceptionText()
    {
        // Arrange
        var log = new CapturedLog();
        Exception thrown;
        try
        {
            throw new InvalidOperationException("the \"database\" is gone\nreally");
        }
        catch (InvalidOperationException exception)
        {
            thrown = exception;
        }

        // Act
        log.Provider.CreateLogger("x").LogError(thrown, "Write failed for {Key}", "k1");

        // Assert
        var entry = Assert.Single(log.Entries);
        Assert.Equal("error", entry.GetProperty("@level").GetString());
        Assert.Equal("Write failed for k1", entry.GetProperty("@message").GetString());
        Assert.Equal("the \"database\" is gone\nreally", entry.GetProperty("error").GetString());
        var text = entry.GetProperty("exception").GetString()!;
        Assert.Contains("System.InvalidOperationException", text, StringComparison.Ordinal);
        Assert.Contains(nameof(Log_Exception_WritesErrorMessageAndFullExceptionText), text, StringComparison.Ordinal);
        Assert.Equal("k1", entry.GetProperty("Key").GetString());
        Assert.Single(log.Lines);
    }

    [Fact]
    public void Log_StateKeysThatCollideWithHclogKeys_AreRenamed()
    {
        // Arrange
        var log = new CapturedLog();

        // Act
        log.Provider.CreateLogger("x").LogInformation("{@message} and {@level}", "fake", "error");

        // Assert
        var entry = Assert.Single(log.Entries);
        Assert.Equal("info", entry.GetProperty("@level").GetString());
        Assert.Equal("fake and error", entry.GetProperty("@message").GetString());
        Assert.Equal("fake", entry.GetProperty("@message_").GetString());
        Assert.Equal("error", entry.GetProperty("@level_").GetString());
    }

    [Fact]
    public void Log_EnumerableAndOtherValues_AreWrittenAsJson()
    {
        // Arrange
        var log = new CapturedLog();

        // Act
        log.Provider.CreateLogger("x").LogInformation("{Items} {Nothing} {When} {Id}", new[] { 1, 2 }, null, new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc), new Guid("00000000-0000-0000-0000-000000000001"));

        // Assert
        var entry = Assert.Single(log.Entries);
        Assert.Equal(["1", "2"], entry.GetProperty("Items").EnumerateArray().Select(item => item.GetString()));
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("Nothing").ValueKind);
        Assert.Equal("2024-01-02T03:04:05.0000000Z", entry.GetProperty("When").GetString());
        Assert.Equal("00000000-0000-0000-0000-000000000001", entry.GetProperty("Id").GetString());
    }

    [Fact]
    public void Log_ControlCharactersAndUnicode_AreEscapedIntoOneLine()
    {
        // Arrange
        var log = new CapturedLog();

        // Act
        log.Provider.CreateLogger("x").LogInformation("tab\there\nnewline \u0001 ünïcødé \"quoted\" back\\slash");

        // Assert
        Assert.Single(log.Lines);
        Assert.Equal("tab\there\nnewline \u0001 ünïcødé \"quoted\" back\\slash", Assert.Single(log.Entries).GetProperty("@message").GetString());
    }

    [Fact]
    public void Log_HugeMessage_IsTruncatedBelowGoPluginLineBuffer()
    {
        // Arrange
        var log = new CapturedLog();
        var huge = new string('x', 200_000);

        // Act
        log.Provider.CreateLogger("x").LogInformation(huge);

        // Assert
        var line = Assert.Single(log.Lines);
        Assert.True(Encoding.UTF8.GetByteCount(line) + 1 <= HclogLineLimits.MaxLineBytes);
        Assert.True(Encoding.UTF8.GetByteCount(line) + 1 < 64 * 1024);
        var entry = Assert.Single(log.Entries);
        Assert.True(entry.GetProperty("log_truncated").GetBoolean());
        var message = entry.GetProperty("@message").GetString()!;
        Assert.StartsWith("xxxx", message, StringComparison.Ordinal);
        Assert.EndsWith("...[truncated]", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Log_WorstCaseEscapingAndManyLargeFields_StillFitsOneLine()
    {
        // Arrange: control characters escape to six bytes each.
        var log = new CapturedLog();
        var controls = new string('\u0001', 100_000);
        var state = Enumerable.Range(0, 50).Select(i => new KeyValuePair<string, object?>("field" + i, controls)).ToList();
        Exception exception = new InvalidOperationException(controls);

        // Act
        log.Provider.CreateLogger("x").Log(LogLevel.Error, default, state, exception, (_, _) => controls);

        // Assert
        var line = Assert.Single(log.Lines);
        Assert.True(Encoding.UTF8.GetByteCount(line) + 1 < 64 * 1024);
        var entry = Assert.Single(log.Entries);
        Assert.Equal("error", entry.GetProperty("@level").GetString());
        Assert.True(entry.GetProperty("log_truncated").GetBoolean());
        Assert.True(entry.TryGetProperty("exception", out _));
    }

    [Fact]
    public void Log_ManyThreadsAtOnce_EveryLineIsWholeAndValid()
    {
        // Arrange
        var log = new CapturedLog();
        var logger = log.Provider.CreateLogger("x");

        // Act
        Parallel.For(0, 8, thread =>
        {
            for (var i = 0; i < 250; i++)
            {
                logger.LogInformation("thread {Thread} line {Line} {Padding}", thread, i, new string('p', i));
            }
        });

        // Assert
        var entries = log.Entries;
        Assert.Equal(2000, entries.Count);
        Assert.Equal(2000, entries.Select(entry => (entry.GetProperty("Thread").GetInt32(), entry.GetProperty("Line").GetInt32())).Distinct().Count());
    }

    [Fact]
    public void LoggerFactory_ScopesAndFrameworkFilters_AreApplied()
    {
        // Arrange
        var log = new CapturedLog(LogLevel.Information);
        using var factory = LoggerFactory.Create(builder => HclogLogging.Configure(builder, log.Provider));
        var mine = factory.CreateLogger("Connector.Mine");

        // Act
        using (mine.BeginScope(new Dictionary<string, object?> { ["connector_id"] = "pipeline:source" }))
        {
            mine.LogInformation("inside");
        }

        factory.CreateLogger("Microsoft.AspNetCore.Server.Kestrel").LogInformation("Now listening on");
        factory.CreateLogger("Grpc.AspNetCore.Server").LogInformation("chatter");
        factory.CreateLogger("Microsoft.AspNetCore.Server.Kestrel").LogWarning("kestrel warning");

        // Assert
        var entries = log.Entries;
        Assert.Equal(2, entries.Count);
        Assert.Equal("inside", entries[0].GetProperty("@message").GetString());
        Assert.Equal("pipeline:source", entries[0].GetProperty("connector_id").GetString());
        Assert.Equal("kestrel warning", entries[1].GetProperty("@message").GetString());
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$")]
    private static partial Regex TimestampShape();
}
