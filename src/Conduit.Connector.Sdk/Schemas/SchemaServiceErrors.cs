using Grpc.Core;

namespace Conduit.Connector.Sdk.Schemas;

/// <summary>
/// Turns the errors of Conduit's schema service into the SDK's exceptions. gRPC keeps no error types, so, as
/// in the Go SDK, the status message decides (Conduit returns the bare texts <c>schema subject not found</c>,
/// <c>schema version not found</c> and <c>invalid schema</c>); the status code <c>UNIMPLEMENTED</c> means the
/// method is missing. Unlike Go, <c>schema version not found</c> is mapped too, a message that ends with one
/// of the texts after <c>": "</c> counts, and the texts of older Conduit versions (<c>schema not found</c>,
/// <c>invalid schema bytes</c>, …) are understood.
/// </summary>
internal static class SchemaServiceErrors
{
    public static Exception FromRpc(RpcException exception, string operation, string subject, int version, CancellationToken cancellationToken)
    {
        var message = exception.Status.Detail ?? string.Empty;
        if (exception.StatusCode == StatusCode.Cancelled || Is(message, "context canceled"))
        {
            return cancellationToken.IsCancellationRequested
                ? new OperationCanceledException($"schema service {operation} was cancelled", exception, cancellationToken)
                : new SchemaException($"schema service {operation}: the call was cancelled: {message}", exception);
        }

        if (exception.StatusCode == StatusCode.DeadlineExceeded || Is(message, "context deadline exceeded"))
        {
            return new TimeoutException($"schema service {operation} timed out: {message}", exception);
        }

        if (exception.StatusCode == StatusCode.Unimplemented || Is(message, SchemaServiceUnimplementedException.ServiceMessage))
        {
            return new SchemaServiceUnimplementedException(
                $"schema service {operation}: {message} ({SchemaServiceUnimplementedException.ServiceMessage}; is Conduit older than this SDK?)", exception);
        }

        if (Is(message, SchemaSubjectNotFoundException.ServiceMessage))
        {
            return new SchemaSubjectNotFoundException(subject, version, exception);
        }

        if (Is(message, SchemaVersionNotFoundException.ServiceMessage))
        {
            return new SchemaVersionNotFoundException(subject, version, exception);
        }

        if (Is(message, "schema not found") || exception.StatusCode == StatusCode.NotFound)
        {
            return new SchemaNotFoundException($"subject {subject} version {version}: schema not found ({message})", subject, version, exception);
        }

        if (Is(message, InvalidSchemaException.ServiceMessage) || Is(message, "invalid schema bytes") || Is(message, "invalid schema type")
            || Is(message, "invalid schema subject"))
        {
            return new InvalidSchemaException($"subject {subject}: {message}", subject, exception);
        }

        return new SchemaException($"schema service {operation} failed ({exception.StatusCode}): {message}", exception);
    }

    private static bool Is(string message, string known) =>
        message == known || message.EndsWith(": " + known, StringComparison.Ordinal);
}
