namespace Conduit.Connector.Sdk.Testing;

/// <summary>The kind of address a connector listens on, as named in the go-plugin handshake line.</summary>
public enum ConnectorNetwork
{
    /// <summary>A unix domain socket (<c>unix</c>): what go-plugin servers use on Linux.</summary>
    Unix,

    /// <summary>A TCP port on the loopback address (<c>tcp</c>).</summary>
    Tcp,
}
