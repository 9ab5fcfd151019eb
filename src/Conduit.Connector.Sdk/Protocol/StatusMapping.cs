using Conduit.Connector.Sdk.Runtime;
using Grpc.Core;

namespace Conduit.Connector.Sdk.Protocol;

/// <summary>The one place where exceptions become gRPC statuses.</summary>
internal static class StatusMapping
{
    public static RpcException ToRpcException(Exception exception) => exception switch
    {
        RpcException rpc => rpc,
        ConfigurationException configuration => new RpcException(new Status(StatusCode.InvalidArgument, configuration.Message)),
        ConnectorStateException state => new RpcException(new Status(StatusCode.FailedPrecondition, state.Message)),
        TimeoutException timeout => new RpcException(new Status(StatusCode.DeadlineExceeded, timeout.Message)),
        OperationCanceledException => new RpcException(new Status(StatusCode.Cancelled, "context canceled")),
        // Author code failed: Unknown with the author's message, as the Go SDK answers.
        ConnectorCallException call => new RpcException(new Status(StatusCode.Unknown, call.Message)),
        _ => new RpcException(new Status(StatusCode.Internal, exception.Message)),
    };

    public static RpcException Unimplemented(string side, string other) =>
        new(new Status(StatusCode.Unimplemented, $"this connector has no {side}; it only provides a {other}"));
}
