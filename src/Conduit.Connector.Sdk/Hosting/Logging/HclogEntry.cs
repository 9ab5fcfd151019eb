using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Hosting.Logging;

/// <summary>One log event, ready to be written as an hclog JSON line.</summary>
/// <param name="Timestamp">When it happened, in UTC.</param>
/// <param name="Level">Its level.</param>
/// <param name="Module">The logger category, written as <c>@module</c>.</param>
/// <param name="Message">The formatted message.</param>
/// <param name="Exception">The exception, if any.</param>
/// <param name="State">The structured values of the message template, if any.</param>
/// <param name="Scopes">Structured values of the active scopes, if any.</param>
internal readonly record struct HclogEntry(
    DateTime Timestamp,
    LogLevel Level,
    string Module,
    string Message,
    Exception? Exception,
    IReadOnlyList<KeyValuePair<string, object?>>? State,
    IReadOnlyList<KeyValuePair<string, object?>>? Scopes);
