#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/param_build.h>
#include <openssl/rand.h>

/// EVP_PKEY_ED25519 is a macro of a macro, which Swift does not import.
static inline int ccrypto_pkey_ed25519(void) { return EVP_PKEY_ED25519; }

/// EVP_PKEY_PUBLIC_KEY (the selection for EVP_PKEY_fromdata) is a macro expression, which Swift does not import.
static inline int ccrypto_selection_public_key(void) { return EVP_PKEY_PUBLIC_KEY; }

/// The names of an RSA key's modulus and exponent. OSSL_PARAM_BLD keeps the name pointers until it builds, so they
/// must outlive the call: these are C string literals, where a Swift string would be a temporary copy.
static inline const char *ccrypto_param_rsa_n(void) { return OSSL_PKEY_PARAM_RSA_N; }
static inline const char *ccrypto_param_rsa_e(void) { return OSSL_PKEY_PARAM_RSA_E; }
