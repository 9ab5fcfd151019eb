namespace Conduit.Connector.Sdk.Hosting;

/// <summary>The process cannot serve (bad environment, no port, bad certificate); the message says why and what to do.</summary>
internal sealed class PluginStartupException : Exception
{
    public PluginStartupException(string message)
        : base(message)
    {
    }

    public PluginStartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
