namespace Conduit.Connector.Sdk.Records;

/// <summary>What a .NET value inside <see cref="StructuredData"/> stands for in JSON and in protobuf.</summary>
internal enum StructuredValueKind
{
    /// <summary>The type cannot travel: the caller reports it with its path.</summary>
    Unsupported,

    /// <summary><see langword="null"/>.</summary>
    Null,

    /// <summary><see cref="bool"/>.</summary>
    Bool,

    /// <summary><see cref="string"/>.</summary>
    String,

    /// <summary><see cref="sbyte"/>, <see cref="short"/>, <see cref="int"/> or <see cref="long"/>.</summary>
    SignedInteger,

    /// <summary><see cref="byte"/>, <see cref="ushort"/>, <see cref="uint"/> or <see cref="ulong"/>.</summary>
    UnsignedInteger,

    /// <summary><see cref="float"/> (formatted with single precision in JSON, like Go's float32).</summary>
    Single,

    /// <summary><see cref="double"/>.</summary>
    Double,

    /// <summary><see cref="decimal"/>.</summary>
    Decimal,

    /// <summary><c>byte[]</c> or <see cref="ReadOnlyMemory{T}"/> of bytes: a base64 string, as Go encodes <c>[]byte</c>.</summary>
    Bytes,

    /// <summary>A string-keyed map: <see cref="IDictionary{TKey,TValue}"/>, <see cref="IReadOnlyDictionary{TKey,TValue}"/> or <see cref="System.Collections.IDictionary"/>.</summary>
    Map,

    /// <summary>Any other <see cref="System.Collections.IEnumerable"/>: a list.</summary>
    List,
}
