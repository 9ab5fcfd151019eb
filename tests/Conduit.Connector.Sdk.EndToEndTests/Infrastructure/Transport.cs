namespace Conduit.Connector.Sdk.EndToEndTests.Infrastructure;

/// <summary>How the host reaches the connector.</summary>
public enum Transport
{
    /// <summary>The connector's default: a unix socket, plain HTTP/2.</summary>
    Unix,

    /// <summary>TCP on 127.0.0.1 (CONDUIT_DOTNET_SDK_NETWORK=tcp), plain HTTP/2.</summary>
    Tcp,

    /// <summary>go-plugin AutoMTLS over the default network (PLUGIN_CLIENT_CERT set).</summary>
    AutoMtls,
}
