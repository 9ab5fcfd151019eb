using System.Text;
using Conduit.Connector.Sdk.Schemas;

namespace Conduit.Connector.Sdk.Tests.Schemas;

public class CachedSchemaServiceTests
{
    private static readonly byte[] Text = Encoding.UTF8.GetBytes("\"string\"");
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Get_SameSubjectAndVersion_CallsOnce()
    {
        var inner = new CountingSchemaService();
        var cache = new CachedSchemaService(inner, new ManualTimeProvider());

        var first = await cache.GetAsync("s", 1, TestContext.Current.CancellationToken);
        var second = await cache.GetAsync("s", 1, TestContext.Current.CancellationToken);
        await cache.GetAsync("s", 2, TestContext.Current.CancellationToken);
        await cache.GetAsync("t", 1, TestContext.Current.CancellationToken);

        Assert.Same(first, second);
        Assert.Equal(3, inner.Gets);
    }

    [Fact]
    public async Task Create_SameSubjectTypeAndBytes_CallsOnce()
    {
        var inner = new CountingSchemaService();
        var cache = new CachedSchemaService(inner, new ManualTimeProvider());

        var first = await cache.CreateAsync(SchemaType.Avro, "s", Text, TestContext.Current.CancellationToken);
        var second = await cache.CreateAsync(SchemaType.Avro, "s", Text.ToArray(), TestContext.Current.CancellationToken);
        await cache.CreateAsync(SchemaType.Avro, "s", Encoding.UTF8.GetBytes("\"long\""), TestContext.Current.CancellationToken);
        await cache.CreateAsync(SchemaType.Avro, "other", Text, TestContext.Current.CancellationToken);

        Assert.Same(first, second);
        Assert.Equal(3, inner.Creates);
    }

    [Fact]
    public async Task Create_FillsTheGetCache()
    {
        var inner = new CountingSchemaService();
        var cache = new CachedSchemaService(inner, new ManualTimeProvider());

        var created = await cache.CreateAsync(SchemaType.Avro, "s", Text, TestContext.Current.CancellationToken);
        var got = await cache.GetAsync(created.Subject, created.Version, TestContext.Current.CancellationToken);

        Assert.Same(created, got);
        Assert.Equal(0, inner.Gets);
    }

    [Fact]
    public async Task Entries_ExpireAfterFifteenMinutes()
    {
        var inner = new CountingSchemaService();
        var clock = new ManualTimeProvider();
        var cache = new CachedSchemaService(inner, clock);
        await cache.GetAsync("s", 1, TestContext.Current.CancellationToken);

        clock.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));
        await cache.GetAsync("s", 1, TestContext.Current.CancellationToken);
        var callsBeforeExpiry = inner.Gets;
        clock.Advance(TimeSpan.FromSeconds(1));
        await cache.GetAsync("s", 1, TestContext.Current.CancellationToken);

        Assert.Equal(1, callsBeforeExpiry);
        Assert.Equal(2, inner.Gets);
    }

    [Fact]
    public async Task ConcurrentIdenticalCalls_ShareOneCall()
    {
        var inner = new CountingSchemaService { Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        var cache = new CachedSchemaService(inner, new ManualTimeProvider());

        var calls = Enumerable.Range(0, 20).Select(_ => Task.Run(() => cache.GetAsync("s", 1))).ToArray();
        await WaitUntilAsync(() => inner.Gets >= 1);
        await Task.Delay(50, TestContext.Current.CancellationToken);
        inner.Gate.SetResult();
        var results = await Task.WhenAll(calls).WaitAsync(Timeout, TestContext.Current.CancellationToken);

        Assert.Equal(1, inner.Gets);
        Assert.All(results, schema => Assert.Same(results[0], schema));
    }

    [Fact]
    public async Task Failure_IsSharedByWaitersButNotCached()
    {
        var inner = new CountingSchemaService
        {
            Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously),
            Failure = new SchemaSubjectNotFoundException("s", 1),
        };
        var cache = new CachedSchemaService(inner, new ManualTimeProvider());
        var first = cache.GetAsync("s", 1, TestContext.Current.CancellationToken);
        var second = cache.GetAsync("s", 1, TestContext.Current.CancellationToken);

        inner.Gate.SetResult();
        await Assert.ThrowsAsync<SchemaSubjectNotFoundException>(() => first);
        await Assert.ThrowsAsync<SchemaSubjectNotFoundException>(() => second);
        inner.Failure = null;
        var third = await cache.GetAsync("s", 1, TestContext.Current.CancellationToken);

        Assert.Equal(2, inner.Gets);
        Assert.Equal("s", third.Subject);
    }

    [Fact]
    public async Task CancelledStarter_DoesNotFailOtherWaiters()
    {
        var inner = new CountingSchemaService { Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        var cache = new CachedSchemaService(inner, new ManualTimeProvider());
        using var starterCancel = new CancellationTokenSource();
        var starter = cache.GetAsync("s", 1, starterCancel.Token);
        var waiter = cache.GetAsync("s", 1, TestContext.Current.CancellationToken);

        await starterCancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => starter);
        await WaitUntilAsync(() => inner.Gets >= 2);
        inner.Gate.SetResult();
        var schema = await waiter.WaitAsync(Timeout, TestContext.Current.CancellationToken);

        Assert.Equal("s", schema.Subject);
        Assert.Equal(2, inner.Gets);
    }

    [Fact]
    public async Task CancelledWaiter_StopsWaitingWhileTheCallGoesOn()
    {
        var inner = new CountingSchemaService { Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        var cache = new CachedSchemaService(inner, new ManualTimeProvider());
        var starter = cache.GetAsync("s", 1, TestContext.Current.CancellationToken);
        using var waiterCancel = new CancellationTokenSource();
        var waiter = cache.GetAsync("s", 1, waiterCancel.Token);

        await waiterCancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiter);
        inner.Gate.SetResult();
        await starter.WaitAsync(Timeout, TestContext.Current.CancellationToken);

        Assert.Equal(1, inner.Gets);
    }

    [Fact]
    public void Dispose_DisposesTheInnerService()
    {
        var inner = new DisposableService();

        new CachedSchemaService(inner).Dispose();

        Assert.True(inner.Disposed);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        while (!condition())
        {
            await Task.Delay(5, timeout.Token);
        }
    }

    private sealed class DisposableService : ISchemaService, IDisposable
    {
        public bool Disposed { get; private set; }

        public Task<Schema> CreateAsync(SchemaType type, string subject, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<Schema> GetAsync(string subject, int version, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public void Dispose() => Disposed = true;
    }
}
