namespace Conduit.Connector.Sdk;

/// <summary>The configuration is invalid. Conduit receives every problem at once as <c>InvalidArgument</c>.</summary>
public sealed class ConfigurationException : Exception
{
    /// <summary>Initializes the exception with one problem.</summary>
    /// <param name="message">What is wrong; name the key, the value and the rule.</param>
    public ConfigurationException(string message)
        : base(message)
    {
    }
}
