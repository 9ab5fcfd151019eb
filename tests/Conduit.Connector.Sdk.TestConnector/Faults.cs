namespace Conduit.Connector.Sdk.TestConnector;

/// <summary>
/// Fault injection for the end-to-end tests, driven by the configuration: <c>fail.method</c> names the
/// author method that throws <c>fail.message</c>, <c>hang.method</c> the one that blocks forever and
/// ignores its cancellation token (as badly written connectors do).
/// </summary>
internal static class Faults
{
    /// <summary>Throws when <paramref name="method"/> is the configured failing method, hangs when it is the hanging one.</summary>
    public static async ValueTask InjectAsync(string method, string failMethod, string failMessage, string hangMethod)
    {
        if (string.Equals(method, failMethod, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{failMessage} ({method})");
        }

        if (string.Equals(method, hangMethod, StringComparison.OrdinalIgnoreCase))
        {
            await HangAsync();
        }
    }

    /// <summary>Never completes and ignores cancellation on purpose.</summary>
    public static Task HangAsync() => Task.Delay(Timeout.InfiniteTimeSpan, CancellationToken.None);
}
