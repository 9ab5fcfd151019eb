using System.Buffers;

namespace Conduit.Connector.Sdk.Formats.Generic;

/// <summary>
/// The second half of a <c>converter/encoder</c> format (Go's <c>Encoder</c>): writes the value a
/// converter produced as bytes.
/// </summary>
internal abstract class RecordEncoder
{
    /// <summary>Gets the name, the part of the format name after the slash.</summary>
    public abstract string Name { get; }

    /// <summary>Gets the option keys this encoder understands, sorted.</summary>
    public abstract IReadOnlyList<string> OptionKeys { get; }

    /// <summary>Returns an encoder configured with its options (never changes this instance).</summary>
    /// <param name="options">The parsed options, only known keys.</param>
    /// <returns>The configured encoder.</returns>
    /// <exception cref="FormatException">An option value is invalid.</exception>
    public abstract RecordEncoder Configure(IReadOnlyDictionary<string, string> options);

    /// <summary>Writes a converted value.</summary>
    /// <param name="value">What a converter returned.</param>
    /// <param name="output">The buffer to append to.</param>
    public abstract void Encode(object value, IBufferWriter<byte> output);
}
