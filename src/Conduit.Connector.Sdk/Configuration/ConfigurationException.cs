namespace Conduit.Connector.Sdk;

/// <summary>The configuration is invalid. Conduit receives every problem at once as <c>InvalidArgument</c>.</summary>
public sealed class ConfigurationException : Exception
{
    /// <summary>Initializes the exception with one problem.</summary>
    /// <param name="message">What is wrong; name the key, the value and the rule.</param>
    public ConfigurationException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Initializes the exception with every problem found; the message lists them one per line.</summary>
    /// <param name="errors">The problems, in the order to show them.</param>
    public ConfigurationException(IEnumerable<ConfigurationError> errors)
        : this(ToList(errors))
    {
    }

    private ConfigurationException(List<ConfigurationError> errors)
        : base(string.Join('\n', errors.Select(e => e.Message)))
    {
        Errors = errors;
    }

    /// <summary>Gets the problems one by one. Empty when the exception was created from a message alone.</summary>
    public IReadOnlyList<ConfigurationError> Errors { get; }

    private static List<ConfigurationError> ToList(IEnumerable<ConfigurationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var list = errors.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A configuration exception needs at least one error.", nameof(errors));
        }

        return list;
    }
}
