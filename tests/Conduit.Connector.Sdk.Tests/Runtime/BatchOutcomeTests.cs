using Conduit.Connector.Sdk.Runtime;

namespace Conduit.Connector.Sdk.Tests.Runtime;

public sealed class BatchOutcomeTests
{
    private static readonly Record[] Batch = [.. Enumerable.Range(1, 3).Select(CountingSource.Record)];

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    public void Failed_PartialWrite_PrefixSucceeds(int written, int expectedOk)
    {
        var acks = BatchOutcome.Failed(Batch, new PartialWriteException(written, "boom"));

        Assert.Equal(expectedOk, acks.Count(a => a.Error is null));
        Assert.All(acks.Skip(expectedOk), a => Assert.Equal("boom", a.Error));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(7)]
    public void Failed_PartialWriteClaimsAll_EveryRecordFailsAsConnectorBug(int written)
    {
        var acks = BatchOutcome.Failed(Batch, new PartialWriteException(written, "boom"));

        Assert.All(acks, a => Assert.Contains("probably a bug in the connector. Original error: boom", a.Error, StringComparison.Ordinal));
    }

    [Fact]
    public void Failed_EmptyMessage_UsesExceptionType()
    {
        var acks = BatchOutcome.Failed(Batch, new MyException());

        Assert.All(acks, a => Assert.Equal(nameof(MyException), a.Error));
    }

    private sealed class MyException : Exception
    {
        public override string Message => string.Empty;
    }
}
