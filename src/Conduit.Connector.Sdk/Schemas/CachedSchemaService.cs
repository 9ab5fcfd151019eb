using System.Collections.Concurrent;
using System.Text;

namespace Conduit.Connector.Sdk.Schemas;

/// <summary>
/// Caches the answers of a schema service, as the Go SDK's <c>cachedSchemaService</c> does: <c>Get</c> by
/// (subject, version), <c>Create</c> by (subject, type, text), each answer for at most 15 minutes. Concurrent
/// identical calls share one call to the inner service (single flight).
/// </summary>
/// <remarks>
/// Unlike Go, failures are not cached: callers waiting on the same call all get its exception, and the next
/// call tries again. A caller that cancels stops waiting; if it had started the shared call, that call is
/// cancelled and the other waiters start a new one. A successful <c>Create</c> also fills the <c>Get</c> cache
/// for the schema it returns, so the encoder's lookup right after extraction needs no call. Expired entries
/// are dropped when looked up, and all of them at most once per maximum age; no timer runs.
/// </remarks>
internal sealed class CachedSchemaService : ISchemaService, IDisposable
{
    /// <summary>How long an answer is kept: 15 minutes, as in Go.</summary>
    public static readonly TimeSpan DefaultMaxAge = TimeSpan.FromMinutes(15);

    private readonly ISchemaService _inner;
    private readonly TimeProvider _time;
    private readonly TimeSpan _maxAge;
    private readonly Cache<(string Subject, int Version)> _gets;
    private readonly Cache<(string Subject, SchemaType Type, string Bytes)> _creates;

    public CachedSchemaService(ISchemaService inner, TimeProvider? timeProvider = null, TimeSpan? maxAge = null)
    {
        _inner = inner;
        _time = timeProvider ?? TimeProvider.System;
        _maxAge = maxAge ?? DefaultMaxAge;
        _gets = new Cache<(string, int)>(this);
        _creates = new Cache<(string, SchemaType, string)>(this);
    }

    public async Task<Schema> CreateAsync(SchemaType type, string subject, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);

        // Latin-1 maps every byte to one char, so equal keys mean equal bytes.
        var key = (subject, type, Encoding.Latin1.GetString(bytes.Span));
        var copy = bytes.ToArray();
        var schema = await _creates.GetAsync(key, token => _inner.CreateAsync(type, subject, copy, token), cancellationToken).ConfigureAwait(false);
        _gets.TryAdd((schema.Subject, schema.Version), schema);
        return schema;
    }

    public Task<Schema> GetAsync(string subject, int version, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        return _gets.GetAsync((subject, version), token => _inner.GetAsync(subject, version, token), cancellationToken);
    }

    /// <summary>Disposes the inner service when it is disposable (the gRPC client's channel).</summary>
    public void Dispose() => (_inner as IDisposable)?.Dispose();

    private sealed class Entry(Task<Schema> task, long createdAt)
    {
        public Task<Schema> Task { get; } = task;

        public long CreatedAt { get; } = createdAt;
    }

    private sealed class Cache<TKey>(CachedSchemaService owner)
        where TKey : notnull
    {
        private readonly ConcurrentDictionary<TKey, Entry> _entries = new();
        private long _lastSweep = owner._time.GetTimestamp();

        public void TryAdd(TKey key, Schema schema) => _entries.TryAdd(key, new Entry(System.Threading.Tasks.Task.FromResult(schema), owner._time.GetTimestamp()));

        public async Task<Schema> GetAsync(TKey key, Func<CancellationToken, Task<Schema>> load, CancellationToken cancellationToken)
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var entry = _entries.TryGetValue(key, out var existing) && !IsStale(existing)
                    ? existing
                    : Start(key, existing, load, cancellationToken);
                if (entry is null)
                {
                    continue;
                }

                try
                {
                    return await entry.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && entry.Task.IsCanceled)
                {
                    // Another caller started the call and cancelled it; this caller still wants the answer.
                }
            }
        }

        private Entry? Start(TKey key, Entry? stale, Func<CancellationToken, Task<Schema>> load, CancellationToken cancellationToken)
        {
            if (stale is not null && !_entries.TryRemove(KeyValuePair.Create(key, stale)))
            {
                return null;
            }

            Sweep();
            var source = new TaskCompletionSource<Schema>(TaskCreationOptions.RunContinuationsAsynchronously);
            var entry = new Entry(source.Task, owner._time.GetTimestamp());
            if (!_entries.TryAdd(key, entry))
            {
                return null;
            }

            _ = RunAsync(key, entry, source, load, cancellationToken);
            return entry;
        }

        private async Task RunAsync(
            TKey key, Entry entry, TaskCompletionSource<Schema> source, Func<CancellationToken, Task<Schema>> load, CancellationToken cancellationToken)
        {
            try
            {
                source.SetResult(await load(cancellationToken).ConfigureAwait(false));
            }
            catch (OperationCanceledException e)
            {
                _entries.TryRemove(KeyValuePair.Create(key, entry));
                source.SetCanceled(e.CancellationToken);
            }
            catch (Exception e)
            {
                _entries.TryRemove(KeyValuePair.Create(key, entry));
                source.SetException(e);
                _ = source.Task.Exception; // observed here: a waiter that gave up must not leave it unobserved
            }
        }

        private bool IsStale(Entry entry) =>
            entry.Task.IsCompletedSuccessfully && owner._time.GetElapsedTime(entry.CreatedAt) >= owner._maxAge;

        private void Sweep()
        {
            var last = Interlocked.Read(ref _lastSweep);
            if (owner._time.GetElapsedTime(last) < owner._maxAge || Interlocked.CompareExchange(ref _lastSweep, owner._time.GetTimestamp(), last) != last)
            {
                return;
            }

            foreach (var pair in _entries)
            {
                if (IsStale(pair.Value))
                {
                    _entries.TryRemove(pair);
                }
            }
        }
    }
}
