using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Runtime;

/// <summary>
/// Calls author code with one error policy: cancellation through the caller's token stays
/// cancellation, <see cref="ConfigurationException"/> stays a configuration problem, a time limit
/// becomes <see cref="TimeoutException"/>, and anything else is logged with its stack and rethrown
/// as <see cref="ConnectorCallException"/> carrying the author's message.
/// </summary>
internal static class AuthorCall
{
    public static async Task InvokeAsync(
        ILogger logger,
        string connector,
        string call,
        Func<CancellationToken, ValueTask> body,
        CancellationToken cancellationToken,
        TimeSpan? timeout = null)
    {
        using var timeoutCts = timeout is { } limit ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken) : null;
        timeoutCts?.CancelAfter(timeout!.Value);
        var token = timeoutCts?.Token ?? cancellationToken;
        try
        {
            var pending = body(token);
            if (timeoutCts is null)
            {
                await pending.ConfigureAwait(false);
            }
            else
            {
                // Code that ignores its token must not hold Conduit hostage.
                await pending.AsTask().WaitAsync(timeout!.Value, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (timeoutCts is not null && (ex is TimeoutException || (ex is OperationCanceledException && timeoutCts.IsCancellationRequested)))
        {
            throw new TimeoutException($"{connector} {call} did not finish within {timeout}");
        }
        catch (ConfigurationException)
        {
            throw;
        }
        catch (Exception ex)
        {
            RuntimeLog.AuthorCallFailed(logger, connector, call, ex.Message, ex);
            throw new ConnectorCallException(call, ex);
        }
    }
}
