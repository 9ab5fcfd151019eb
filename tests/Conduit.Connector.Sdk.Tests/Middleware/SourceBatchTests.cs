using static Conduit.Connector.Sdk.Tests.Middleware.MiddlewareRuntimes;

namespace Conduit.Connector.Sdk.Tests.Middleware;

/// <summary>sdk.batch.size / sdk.batch.delay shape the source's Run messages (and fix go-sdk.md §12 #4 and #5).</summary>
public sealed class SourceBatchTests
{
    [Fact]
    public async Task Size_MessagesHoldThatManyRecords_RestSentWhenSourceEnds()
    {
        var (messages, _) = await RunAsync(Records(10), "sdk.batch.size=4", endWhenDone: true, expected: 3);

        Assert.Equal([4, 4, 2], messages.Select(m => m.Count));
        Assert.Equal(Positions(1, 10), messages.SelectMany(m => m).Select(r => r.Position));
    }

    [Fact]
    public async Task DelayOnly_Batches()
    {
        // Go's ReadN path sends every response at once when only a delay is set; here the records that
        // arrive within the delay travel together.
        var (messages, _) = await RunAsync(Records(5), "sdk.batch.delay=2s", endWhenDone: false, expected: 1);

        Assert.Equal(5, Assert.Single(messages).Count);
    }

    [Fact]
    public async Task Stop_CollectedRecordsAreSentNotDropped()
    {
        var source = new ListSource(Records(5));
        var runtime = Source(source);
        await runtime.ConfigureAsync(Config("sdk.batch.size=100"), CancellationToken.None);
        await runtime.OpenAsync(Position.Empty, CancellationToken.None);
        var stream = new MessageStream();
        var run = runtime.RunAsync(stream.Acknowledgments, stream.SendAsync, CancellationToken.None);
        await source.AllYielded.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        var last = await runtime.StopAsync(CancellationToken.None);
        var message = await stream.ReceiveAsync();
        stream.Close();
        await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(Position.FromString("5"), last);
        Assert.Equal(Positions(1, 5), message.Select(r => r.Position));
    }

    [Fact]
    public async Task Size_WithDelay_SendsPartialBatchAfterDelay()
    {
        var (messages, _) = await RunAsync(Records(3), "sdk.batch.size=10", "sdk.batch.delay=50ms", endWhenDone: false, expected: 1);

        Assert.Equal(3, Assert.Single(messages).Count);
    }

    [Fact]
    public async Task SizeWithoutDelay_Warns()
    {
        var logger = new ListLogger();
        await Source(new ListSource([]), logger: logger).ConfigureAsync(Config("sdk.batch.size=10"), CancellationToken.None);

        Assert.Contains("Warning: sdk.batch.size is set but sdk.batch.delay is not, this might result in the connector waiting indefinitely for the batch to be filled", logger.Lines);
    }

    internal static Record[] Records(int count) =>
        [.. Enumerable.Range(1, count).Select(i => Record.NewCreate(Position.FromString(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), null, new RawData(new[] { (byte)i })))];

    internal static IEnumerable<Position> Positions(int from, int to) =>
        Enumerable.Range(from, to - from + 1).Select(i => Position.FromString(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static async Task<(List<IReadOnlyList<Record>> Messages, Position Last)> RunAsync(Record[] records, string setting, bool endWhenDone, int expected) =>
        await RunAsync(records, setting, null, endWhenDone, expected);

    private static async Task<(List<IReadOnlyList<Record>> Messages, Position Last)> RunAsync(Record[] records, string setting, string? other, bool endWhenDone, int expected)
    {
        var runtime = Source(new ListSource(records, endWhenDone), SourceMiddleware.Default);
        await runtime.ConfigureAsync(other is null ? Config(setting) : Config(setting, other), CancellationToken.None);
        await runtime.OpenAsync(Position.Empty, CancellationToken.None);
        var stream = new MessageStream();
        var run = runtime.RunAsync(stream.Acknowledgments, stream.SendAsync, CancellationToken.None);
        var messages = new List<IReadOnlyList<Record>>();
        for (var i = 0; i < expected; i++)
        {
            messages.Add(await stream.ReceiveAsync());
        }

        var last = await runtime.StopAsync(CancellationToken.None);
        stream.Close();
        await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        return (messages, last);
    }
}
