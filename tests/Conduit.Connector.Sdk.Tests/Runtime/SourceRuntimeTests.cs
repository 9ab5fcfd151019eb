using Conduit.Connector.Sdk.Runtime;

namespace Conduit.Connector.Sdk.Tests.Runtime;

public sealed class SourceRuntimeTests
{
    private static readonly Dictionary<string, string> NoConfig = [];

    private static async Task<SourceRuntime> OpenAsync(Source source, TimeSpan? stop = null)
    {
        var runtime = RuntimeFactory.Source(source, stop);
        await runtime.ConfigureAsync(NoConfig, CancellationToken.None);
        await runtime.OpenAsync(Position.Empty, CancellationToken.None);
        return runtime;
    }

    [Fact]
    public async Task Run_AllRecordsAcked_ReachAuthorInOrderAndRunEndsWhenHostCloses()
    {
        // Arrange
        var source = new CountingSource(50);
        var runtime = await OpenAsync(source);
        var stream = new SourceStreamDouble();

        // Act
        var run = runtime.RunAsync(stream.Acknowledgments, stream.SendAsync, CancellationToken.None);
        for (var i = 1; i <= 50; i++)
        {
            var record = await stream.ReceiveAsync();
            Assert.Equal(CountingSource.Record(i).Position, record.Position);
            stream.Ack(record.Position);
        }

        var last = await runtime.StopAsync(CancellationToken.None);
        stream.Close();
        await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(Position.FromString("50"), last);
        Assert.Equal(Enumerable.Range(1, 50).Select(i => CountingSource.Record(i).Position), source.Acked);
        Assert.Equal(SourceState.Stopped, runtime.State);
    }

    [Fact]
    public async Task Open_EmptyPosition_AuthorSeesNull()
    {
        var source = new CountingSource(0);
        await OpenAsync(source);
        Assert.Equal("open:", source.Calls[0]);
    }

    [Fact]
    public async Task Stop_MidStream_ReturnsLastSentPositionAndNoRecordAfterIt()
    {
        // Arrange: the source blocks before record 6 until cancelled.
        var source = new CountingSource(1000)
        {
            BeforeYield = (i, ct) => i == 6 ? new ValueTask(Task.Delay(Timeout.Infinite, ct)) : ValueTask.CompletedTask,
        };
        var runtime = await OpenAsync(source);
        var stream = new SourceStreamDouble();
        var run = runtime.RunAsync(stream.Acknowledgments, stream.SendAsync, CancellationToken.None);
        for (var i = 1; i <= 5; i++)
        {
            await stream.ReceiveAsync();
        }

        // Act
        var last = await runtime.StopAsync(CancellationToken.None);
        stream.Ack([.. Enumerable.Range(1, 5).Select(i => CountingSource.Record(i).Position)]);
        stream.Close();
        await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(Position.FromString("5"), last);
        Assert.Equal(5, source.Acked.Count);
    }

    [Fact]
    public async Task Stop_BufferFullBecauseHostIsNotReading_ReturnsWithoutWaitingForRoom()
    {
        // Arrange: the host never takes a batch, so the buffer fills and the read loop waits for room.
        var bufferFull = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var source = new CountingSource(1_000_000)
        {
            BeforeYield = (i, _) =>
            {
                // The first batch the host never finishes taking holds at least one record, the buffer 10,000.
                if (i == 10_001)
                {
                    bufferFull.TrySetResult();
                }

                return ValueTask.CompletedTask;
            },
        };
        var runtime = await OpenAsync(source, stop: TimeSpan.FromSeconds(30));
        using var streamCts = new CancellationTokenSource();
        var run = runtime.RunAsync(
            System.Threading.Channels.Channel.CreateUnbounded<IReadOnlyList<Position>>().Reader.ReadAllAsync(TestContext.Current.CancellationToken),
            (_, ct) => new ValueTask(Task.Delay(Timeout.Infinite, ct)),
            streamCts.Token);
        await bufferFull.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await Task.Delay(200, TestContext.Current.CancellationToken);

        // Act
        var last = await runtime.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        await streamCts.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        // Assert: the record that found no room is not reported (it is read again after a restart).
        Assert.InRange(int.Parse(last.ToString(), System.Globalization.CultureInfo.InvariantCulture), 10_000, 20_001);
    }

    [Fact]
    public async Task Stop_Twice_ReturnsSamePosition()
    {
        var source = new CountingSource(3);
        var runtime = await OpenAsync(source);
        var stream = new SourceStreamDouble();
        var run = runtime.RunAsync(stream.Acknowledgments, stream.SendAsync, CancellationToken.None);
        await stream.ReceiveAsync();
        await stream.ReceiveAsync();
        await stream.ReceiveAsync();

        var first = await runtime.StopAsync(CancellationToken.None);
        var second = await runtime.StopAsync(CancellationToken.None);

        Assert.Equal(Position.FromString("3"), first);
        Assert.Equal(first, second);
        stream.Close();
        await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Ack_OutOfOrder_FailsRunWithClearMessage()
    {
        var source = new CountingSource(2);
        var runtime = await OpenAsync(source);
        var stream = new SourceStreamDouble();
        var run = runtime.RunAsync(stream.Acknowledgments, stream.SendAsync, CancellationToken.None);
        await stream.ReceiveAsync();
        await stream.ReceiveAsync();

        stream.Ack(Position.FromString("2"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        Assert.Contains("expected position \"1\" but got \"2\"", error.Message, StringComparison.Ordinal);
        Assert.Empty(source.Acked);
    }

    [Fact]
    public async Task Ack_NeverSent_FailsRunWithClearMessage()
    {
        var source = new CountingSource(0);
        var runtime = await OpenAsync(source);
        var stream = new SourceStreamDouble();
        var run = runtime.RunAsync(stream.Acknowledgments, stream.SendAsync, CancellationToken.None);

        stream.Ack(Position.FromString("x"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        Assert.Contains("\"x\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("never sent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_Throws_RunFailsWithAuthorMessageAndTeardownStillWorks()
    {
        var source = new CountingSource(10) { ThrowOnRead = new IOException("disk on fire") };
        var runtime = await OpenAsync(source);
        var stream = new SourceStreamDouble();

        var error = await Assert.ThrowsAsync<ConnectorCallException>(() => runtime.RunAsync(stream.Acknowledgments, stream.SendAsync, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        await runtime.TeardownAsync(CancellationToken.None);

        Assert.Equal("disk on fire", error.Message);
        Assert.Equal("ReadAsync", error.Call);
        Assert.Contains("teardown", source.Calls);
        Assert.Equal(SourceState.TornDown, runtime.State);
    }

    [Fact]
    public async Task Stop_ReadIgnoresCancellation_TimesOutWithBoundedWait()
    {
        var source = new CountingSource(10)
        {
            IgnoreCancellation = true,
            BeforeYield = (i, _) => i == 2 ? new ValueTask(Task.Delay(Timeout.Infinite)) : ValueTask.CompletedTask,
        };
        var runtime = await OpenAsync(source, stop: TimeSpan.FromMilliseconds(200));
        var stream = new SourceStreamDouble();
        var run = runtime.RunAsync(stream.Acknowledgments, stream.SendAsync, CancellationToken.None);
        await stream.ReceiveAsync();

        var error = await Assert.ThrowsAsync<TimeoutException>(() => runtime.StopAsync(CancellationToken.None));
        Assert.Contains("last position sent: \"1\"", error.Message, StringComparison.Ordinal);

        await runtime.TeardownAsync(CancellationToken.None);
        await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Calls_OutOfOrder_FailWithStateAndCallNamed()
    {
        var runtime = RuntimeFactory.Source(new CountingSource(1));

        var open = await Assert.ThrowsAsync<ConnectorStateException>(() => runtime.OpenAsync(Position.Empty, CancellationToken.None));
        var stop = await Assert.ThrowsAsync<ConnectorStateException>(() => runtime.StopAsync(CancellationToken.None));
        var run = await Assert.ThrowsAsync<ConnectorStateException>(() => runtime.RunAsync(AsyncEnumerable.Empty<IReadOnlyList<Position>>(), (_, _) => ValueTask.CompletedTask, CancellationToken.None));
        await runtime.ConfigureAsync(NoConfig, CancellationToken.None);
        var again = await Assert.ThrowsAsync<ConnectorStateException>(() => runtime.ConfigureAsync(NoConfig, CancellationToken.None));
        var deleted = await Assert.ThrowsAsync<ConnectorStateException>(() => runtime.OnDeletedAsync(NoConfig, CancellationToken.None));

        Assert.Equal("the source cannot handle Open in state \"Initial\"; Open is allowed after Configure, once.", open.Message);
        Assert.Contains("Stop in state \"Initial\"", stop.Message, StringComparison.Ordinal);
        Assert.Contains("Run in state \"Initial\"", run.Message, StringComparison.Ordinal);
        Assert.Contains("Configure in state \"Configured\"", again.Message, StringComparison.Ordinal);
        Assert.Contains("LifecycleOnDeleted in state \"Configured\"", deleted.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Teardown_WithoutOpen_CallsAuthorAndIsIdempotent()
    {
        var source = new CountingSource(1);
        var runtime = RuntimeFactory.Source(source);

        await runtime.TeardownAsync(CancellationToken.None);
        await runtime.TeardownAsync(CancellationToken.None);

        Assert.Equal(["teardown"], source.Calls);
    }

    [Fact]
    public async Task Run_StreamCancelled_EndsQuietlyAndTeardownWorks()
    {
        var source = new CountingSource(int.MaxValue);
        var runtime = await OpenAsync(source);
        var stream = new SourceStreamDouble();
        using var cts = new CancellationTokenSource();
        var run = runtime.RunAsync(stream.Acknowledgments, stream.SendAsync, cts.Token);
        await stream.ReceiveAsync();

        await cts.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await runtime.TeardownAsync(CancellationToken.None);

        Assert.Contains("teardown", source.Calls);
    }

    [Fact]
    public async Task Read_EmptyPosition_FailsRunWithClearMessage()
    {
        var source = new EmptyPositionSource();
        var runtime = await OpenAsync(source);
        var stream = new SourceStreamDouble();

        var error = await Assert.ThrowsAsync<ConnectorCallException>(() => runtime.RunAsync(stream.Acknowledgments, stream.SendAsync, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));

        Assert.Contains("empty position", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_HostResetsAckStream_EndsWithoutErrorAndTeardownWorks()
    {
        var source = new CountingSource(int.MaxValue);
        var runtime = await OpenAsync(source);
        var stream = new SourceStreamDouble();

        var run = runtime.RunAsync(ResetAfterFirst(), stream.SendAsync, CancellationToken.None);
        await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await runtime.TeardownAsync(CancellationToken.None);

        Assert.Contains("teardown", source.Calls);
    }

    private static async IAsyncEnumerable<IReadOnlyList<Position>> ResetAfterFirst()
    {
        await Task.Delay(50);
        yield return [];
        throw new IOException("The client reset the request stream.");
    }

    private sealed class EmptyPositionSource : Source<EmptyConfig>
    {
        public override async IAsyncEnumerable<Record> ReadAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            yield return new Record();
        }
    }
}
