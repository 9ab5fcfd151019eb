namespace Conduit.Connector.Sdk.Protocol;

/// <summary>Runs a service method body and turns any failure into the right gRPC status.</summary>
internal static class ProtocolCall
{
    public static async Task<TResponse> RunAsync<TResponse>(Func<Task> body, TResponse response)
    {
        try
        {
            await body().ConfigureAwait(false);
            return response;
        }
        catch (Exception ex)
        {
            throw StatusMapping.ToRpcException(ex);
        }
    }

    public static async Task RunAsync(Func<Task> body)
    {
        try
        {
            await body().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            throw StatusMapping.ToRpcException(ex);
        }
    }

    public static Dictionary<string, string> Copy(IDictionary<string, string> map) => new(map, StringComparer.Ordinal);
}
