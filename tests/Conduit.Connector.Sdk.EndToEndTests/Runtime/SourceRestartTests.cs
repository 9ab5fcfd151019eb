using Conduit.Connector.Sdk.EndToEndTests.Infrastructure;
using static Conduit.Connector.Sdk.EndToEndTests.Infrastructure.RuntimeConnector;

namespace Conduit.Connector.Sdk.EndToEndTests.Runtime;

/// <summary>At-least-once delivery across many Stop/restart cycles of real processes, as Conduit restarts pipelines.</summary>
public sealed class SourceRestartTests
{
    private const int Cycles = 20;
    private const int Seed = 20_260_425;

    [Fact(Timeout = 120_000)]
    public async Task RandomStopRestartCycles_NoRecordLostAndAcksAlwaysAccepted()
    {
        var token = TestContext.Current.CancellationToken;
        var random = new Random(Seed);
        var received = new List<int>();
        var resumeAt = Position.Empty;

        for (var cycle = 0; cycle < Cycles; cycle++)
        {
            var context = $"seed {Seed}, cycle {cycle}, resuming after \"{resumeAt}\"";
            await using var connector = await StartAsync(token);
            await connector.Source.ConfigureAsync(Source(1_000_000), token);
            await connector.Source.OpenAsync(resumeAt, token);
            await using var run = connector.Source.Run(token);

            var beforeStop = await run.ReadAsync(random.Next(1, 200), token);
            var last = await connector.Source.StopAsync(token);
            var records = beforeStop.Concat(await ReadRestAsync(run, beforeStop[^1].Position, last, token)).ToList();
            var sequences = records.Select(r => SequenceOf(r.Position)).ToList();
            var expectedFirst = resumeAt.IsEmpty ? 1 : SequenceOf(resumeAt) + 1;
            Assert.True(
                sequences.SequenceEqual(Enumerable.Range(expectedFirst, sequences.Count)),
                $"{context}: records are not the contiguous run from {expectedFirst}: {string.Join(',', sequences.Take(5))}…");

            // Conduit acknowledges in order, in batches of any size, and may close before acknowledging
            // everything; the next run then resumes after the last acknowledged record (duplicates allowed).
            var toAck = random.Next(3) == 0 ? random.Next(1, records.Count + 1) : records.Count;
            for (var acked = 0; acked < toAck;)
            {
                var size = Math.Min(random.Next(1, 64), toAck - acked);
                await run.AckAsync(records.Skip(acked).Take(size).Select(r => r.Position), token);
                acked += size;
            }

            await run.CompleteAsync();
            Assert.Null(await run.ReadBatchAsync(token)); // every ack was accepted: the stream ended OK
            await AssertShutsDownCleanlyAsync(connector, token);

            received.AddRange(sequences);
            resumeAt = records[toAck - 1].Position;
        }

        var covered = received.Distinct().Order().ToList();
        Assert.True(
            covered.SequenceEqual(Enumerable.Range(1, covered.Count)),
            $"seed {Seed}: the records received across {Cycles} cycles do not cover 1..{covered.Count} without a gap");
        Assert.Equal(received.Max(), covered.Count);
    }

    private static async Task<IReadOnlyList<Record>> ReadRestAsync(Testing.SourceRunStream run, Position lastRead, Position last, CancellationToken token) =>
        lastRead == last ? [] : await ReadThroughAsync(run, last, token);
}
