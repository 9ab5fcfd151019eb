using Conduit.Connector.Sdk.Testing.Output;

namespace Conduit.Connector.Sdk.Testing.Tests.Output;

public sealed class StderrLogTests
{
    private const string Opened = """{"@level":"info","@message":"opened"}""";
    private const string Closed = """{"@level":"info","@message":"closed"}""";

    [Fact]
    public void Add_SortsLinesIntoEntriesAndMalformed()
    {
        var log = new StderrLog(failOnMalformed: false);

        log.Add(Opened);
        log.Add("panic: boom");

        Assert.Equal([Opened, "panic: boom"], log.Lines);
        Assert.Equal("opened", Assert.Single(log.Entries).Message);
        Assert.Equal("panic: boom", Assert.Single(log.Malformed).Line);
    }

    [Fact]
    public async Task WaitAsync_EntryAlreadyThere_ReturnsIt()
    {
        var log = new StderrLog(failOnMalformed: false);
        log.Add(Opened);

        var entry = await log.WaitAsync(e => e.Message == "opened", TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Assert.Equal("opened", entry.Message);
    }

    [Fact]
    public async Task WaitAsync_EntryArrivesLater_Completes()
    {
        var log = new StderrLog(failOnMalformed: false);
        var wait = log.WaitAsync(e => e.Message == "closed", TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        log.Add(Opened);
        Assert.False(wait.IsCompleted);
        log.Add(Closed);

        Assert.Equal("closed", (await wait).Message);
    }

    [Fact]
    public async Task WaitAsync_NoMatch_TimesOutListingStderr()
    {
        var log = new StderrLog(failOnMalformed: false);
        log.Add(Opened);

        var ex = await Assert.ThrowsAsync<TimeoutException>(() => log.WaitAsync(e => e.Message == "never", TimeSpan.FromMilliseconds(50), TestContext.Current.CancellationToken));

        Assert.Contains(Opened, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitAsync_MalformedLineWhenFailing_FailsAtOnce()
    {
        var log = new StderrLog(failOnMalformed: true);
        var wait = log.WaitAsync(e => e.Message == "closed", TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        log.Add("Now listening on: http://localhost:5000");

        var ex = await Assert.ThrowsAsync<ConnectorProtocolException>(() => wait);
        Assert.Contains("Now listening on", Assert.Single(ex.Violations), StringComparison.Ordinal);
        await Assert.ThrowsAsync<ConnectorProtocolException>(() => log.WaitAsync(_ => true, TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task WaitAsync_StderrEnds_FailsInsteadOfWaiting()
    {
        var log = new StderrLog(failOnMalformed: false);
        var wait = log.WaitAsync(e => e.Message == "closed", TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        log.Complete();

        await Assert.ThrowsAsync<InvalidOperationException>(() => wait);
        await Assert.ThrowsAsync<InvalidOperationException>(() => log.WaitAsync(_ => true, TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task WaitAsync_PredicateThrows_WaitFailsWithIt()
    {
        var log = new StderrLog(failOnMalformed: false);
        var wait = log.WaitAsync(_ => throw new FormatException("bad predicate"), TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        log.Add(Opened);

        await Assert.ThrowsAsync<FormatException>(() => wait);
    }
}
