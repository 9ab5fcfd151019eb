using System.Threading.Channels;
using Conduit.Connector.Sdk.Runtime;

namespace Conduit.Connector.Sdk.Tests.Runtime;

public sealed class DestinationRuntimeTests
{
    private static readonly Dictionary<string, string> NoConfig = [];

    private static async Task<DestinationRuntime> OpenAsync(Destination destination, TimeSpan? stop = null)
    {
        var runtime = RuntimeFactory.Destination(destination, stop);
        await runtime.ConfigureAsync(NoConfig, CancellationToken.None);
        await runtime.OpenAsync(CancellationToken.None);
        return runtime;
    }

    private static Record[] Batch(int from, int count) =>
        [.. Enumerable.Range(from, count).Select(CountingSource.Record)];

    [Fact]
    public async Task Run_SuccessfulWrites_OneAckPerRecordInOrder()
    {
        var destination = new ScriptedDestination();
        var runtime = await OpenAsync(destination);
        var stream = new DestinationStreamDouble();
        var run = runtime.RunAsync(stream.Batches, stream.SendAcksAsync, CancellationToken.None);

        stream.Send(Batch(1, 3));
        stream.Send(Batch(4, 2));
        var acks = await stream.ReceiveAcksAsync(5);
        stream.Close();
        await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(Enumerable.Range(1, 5).Select(i => CountingSource.Record(i).Position), acks.Select(a => a.Position));
        Assert.All(acks, a => Assert.Null(a.Error));
        Assert.Equal(5, destination.Written.Count);
    }

    [Fact]
    public async Task Run_PartialWrite_PrefixAckedRestFailedAndStreamGoesOn()
    {
        var destination = new ScriptedDestination { Fail = batch => batch[0].Position == Position.FromString("1") ? new PartialWriteException(2, "row 3 rejected") : null };
        var runtime = await OpenAsync(destination);
        var stream = new DestinationStreamDouble();
        var run = runtime.RunAsync(stream.Batches, stream.SendAcksAsync, CancellationToken.None);

        stream.Send(Batch(1, 4));
        stream.Send(Batch(5, 1));
        var acks = await stream.ReceiveAcksAsync(5);
        stream.Close();
        await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal([null, null, "row 3 rejected", "row 3 rejected", null], acks.Select(a => a.Error));
    }

    [Fact]
    public async Task Run_WriteThrows_EveryRecordFailedWithMessage()
    {
        var destination = new ScriptedDestination { Fail = _ => new InvalidOperationException("table is gone") };
        var runtime = await OpenAsync(destination);
        var stream = new DestinationStreamDouble();
        var run = runtime.RunAsync(stream.Batches, stream.SendAcksAsync, CancellationToken.None);

        stream.Send(Batch(1, 3));
        var acks = await stream.ReceiveAcksAsync(3);
        stream.Close();
        await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.All(acks, a => Assert.Equal("table is gone", a.Error));
    }

    [Fact]
    public async Task Run_EmptyBatch_IsIgnored()
    {
        var destination = new ScriptedDestination();
        var runtime = await OpenAsync(destination);
        var stream = new DestinationStreamDouble();
        var run = runtime.RunAsync(stream.Batches, stream.SendAcksAsync, CancellationToken.None);

        stream.Send([]);
        stream.Send(Batch(1, 1));
        var acks = await stream.ReceiveAcksAsync(1);
        stream.Close();
        await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Single(acks);
        Assert.Equal(1, destination.Batches);
    }

    [Fact]
    public async Task Stop_WaitsForLastRecordThenReturns()
    {
        var destination = new ScriptedDestination();
        var runtime = await OpenAsync(destination);
        var stream = new DestinationStreamDouble();
        var run = runtime.RunAsync(stream.Batches, stream.SendAcksAsync, CancellationToken.None);
        stream.Send(Batch(1, 2));
        await stream.ReceiveAcksAsync(2);

        var stop = runtime.StopAsync(Position.FromString("4"), CancellationToken.None);
        await Task.Delay(100, TestContext.Current.CancellationToken);
        Assert.False(stop.IsCompleted);
        stream.Send(Batch(3, 2));
        await stop.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(4, destination.Written.Count);
        stream.Close();
        await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Stop_LastAlreadyWritten_ReturnsAtOnce()
    {
        var runtime = await OpenAsync(new ScriptedDestination());
        var stream = new DestinationStreamDouble();
        var run = runtime.RunAsync(stream.Batches, stream.SendAcksAsync, CancellationToken.None);
        stream.Send(Batch(1, 2));
        await stream.ReceiveAcksAsync(2);

        await runtime.StopAsync(Position.FromString("2"), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);

        stream.Close();
        await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Stop_LastNeverArrives_TimesOutNamingPositions()
    {
        var runtime = await OpenAsync(new ScriptedDestination(), stop: TimeSpan.FromMilliseconds(200));
        var stream = new DestinationStreamDouble();
        var run = runtime.RunAsync(stream.Batches, stream.SendAcksAsync, CancellationToken.None);
        stream.Send(Batch(1, 1));
        await stream.ReceiveAcksAsync(1);

        var error = await Assert.ThrowsAsync<TimeoutException>(() => runtime.StopAsync(Position.FromString("9"), CancellationToken.None));

        Assert.Contains("\"9\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("last record written: \"1\"", error.Message, StringComparison.Ordinal);
        stream.Close();
        await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Teardown_WhileWriting_CancelsWriteAndTearsDown()
    {
        var destination = new ScriptedDestination { Block = true };
        var runtime = await OpenAsync(destination);
        var stream = new DestinationStreamDouble();
        var run = runtime.RunAsync(stream.Batches, stream.SendAcksAsync, CancellationToken.None);
        stream.Send(Batch(1, 1));
        await destination.WriteStarted.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        await runtime.TeardownAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await run.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.True(destination.TornDown);
        Assert.Equal(DestinationState.TornDown, runtime.State);
    }

    [Fact]
    public async Task Calls_OutOfOrder_FailWithStateAndCallNamed()
    {
        var runtime = RuntimeFactory.Destination(new ScriptedDestination());

        var open = await Assert.ThrowsAsync<ConnectorStateException>(() => runtime.OpenAsync(CancellationToken.None));
        var stop = await Assert.ThrowsAsync<ConnectorStateException>(() => runtime.StopAsync(Position.FromString("1"), CancellationToken.None));
        var created = await Assert.ThrowsAsync<ConnectorStateException>(() => runtime.OnCreatedAsync(NoConfig, CancellationToken.None));

        Assert.Equal("the destination cannot handle Open in state \"Initial\"; Open is allowed after Configure, once.", open.Message);
        Assert.Contains("Stop in state \"Initial\"", stop.Message, StringComparison.Ordinal);
        Assert.Contains("LifecycleOnCreated in state \"Initial\"", created.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_HostResetsStream_EndsWithoutErrorAndTeardownWorks()
    {
        var destination = new ScriptedDestination();
        var runtime = await OpenAsync(destination);
        var acks = new List<DestinationAck>();

        await runtime.RunAsync(ResetAfterOneBatch(), (batch, _) => { acks.AddRange(batch); return ValueTask.CompletedTask; }, CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await runtime.TeardownAsync(CancellationToken.None);

        Assert.Equal(2, acks.Count);
        Assert.True(destination.TornDown);
    }

    private static async IAsyncEnumerable<IReadOnlyList<Record>> ResetAfterOneBatch()
    {
        await Task.Yield();
        yield return Batch(1, 2);
        throw new IOException("The client reset the request stream.");
    }

    private sealed class ScriptedDestination : Destination<EmptyConfig>
    {
        public List<Record> Written { get; } = [];

        public int Batches { get; private set; }

        public Func<IReadOnlyList<Record>, Exception?>? Fail { get; init; }

        public bool Block { get; init; }

        public bool TornDown { get; private set; }

        public TaskCompletionSource WriteStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async ValueTask WriteAsync(IReadOnlyList<Record> records, CancellationToken cancellationToken)
        {
            Batches++;
            WriteStarted.TrySetResult();
            if (Block)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            if (Fail?.Invoke(records) is { } error)
            {
                if (error is PartialWriteException partial)
                {
                    Written.AddRange(records.Take(partial.WrittenCount));
                }

                throw error;
            }

            Written.AddRange(records);
        }

        public override ValueTask TeardownAsync(CancellationToken cancellationToken)
        {
            TornDown = true;
            return ValueTask.CompletedTask;
        }
    }

    private sealed class DestinationStreamDouble
    {
        private readonly Channel<IReadOnlyList<Record>> _batches = Channel.CreateUnbounded<IReadOnlyList<Record>>();
        private readonly Channel<DestinationAck> _acks = Channel.CreateUnbounded<DestinationAck>();

        public IAsyncEnumerable<IReadOnlyList<Record>> Batches => _batches.Reader.ReadAllAsync();

        public void Send(IReadOnlyList<Record> batch) => _batches.Writer.TryWrite(batch);

        public void Close() => _batches.Writer.TryComplete();

        public ValueTask SendAcksAsync(IReadOnlyList<DestinationAck> acks, CancellationToken cancellationToken)
        {
            foreach (var ack in acks)
            {
                _acks.Writer.TryWrite(ack);
            }

            return ValueTask.CompletedTask;
        }

        public async Task<List<DestinationAck>> ReceiveAcksAsync(int count)
        {
            var result = new List<DestinationAck>();
            while (result.Count < count)
            {
                result.Add(await _acks.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
            }

            return result;
        }
    }
}
