namespace Conduit.Connector.Sdk.Formats.Generic;

/// <summary>
/// The first half of a <c>converter/encoder</c> format (Go's <c>Converter</c>): reshapes a record
/// into the value an encoder writes, such as the record itself or a Debezium envelope.
/// </summary>
internal abstract class RecordConverter
{
    /// <summary>Gets the name, the part of the format name before the slash.</summary>
    public abstract string Name { get; }

    /// <summary>Gets the option keys this converter understands, sorted.</summary>
    public abstract IReadOnlyList<string> OptionKeys { get; }

    /// <summary>Returns a converter configured with its options (never changes this instance).</summary>
    /// <param name="options">The parsed options, only known keys.</param>
    /// <returns>The configured converter.</returns>
    /// <exception cref="FormatException">An option value is invalid.</exception>
    public abstract RecordConverter Configure(IReadOnlyDictionary<string, string> options);

    /// <summary>Converts a record.</summary>
    /// <param name="record">The record.</param>
    /// <returns>A value the encoders understand.</returns>
    public abstract object Convert(Record record);
}
