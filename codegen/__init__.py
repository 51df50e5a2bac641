"""engine-api's code generator: pinned Swagger 2.0 specs in, ``generated/`` out.

Run as ``python -m codegen {generate,check,diff}``.
"""
